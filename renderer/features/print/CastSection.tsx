import { Fragment } from 'react';
import type { CastMember } from '../../../shared/print';
import { capitalised, roleLabel } from '../../lib/labels';
import { NotesBlock } from './AnnotationBlock';

function appearancesOf(member: CastMember): string {
  return member.appearances.map(({ position, role }) => `${position} (${roleLabel(role)})`).join('; ');
}

/** The people and organisations the printed incidents involve, with the part each played and where. */
export function CastSection({ cast }: { readonly cast: readonly CastMember[] }) {
  return (
    <section aria-labelledby="print-cast" className="print-section mt-10">
      <h2 id="print-cast" className="font-sans text-lg font-bold">
        People and organisations
      </h2>
      {cast.length === 0 ? (
        <p className="mt-2">No people or organisations are involved in the incidents printed.</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-left text-[0.95em]">
          <thead className="font-sans text-xs uppercase tracking-wide text-stone-600">
            <tr className="border-b border-stone-400">
              <th scope="col" className="w-[26%] py-1 pr-3">Name</th>
              <th scope="col" className="w-[13%] py-1 pr-3">Kind</th>
              <th scope="col" className="w-[26%] py-1 pr-3">Also known as</th>
              <th scope="col" className="py-1">Incident numbers (role)</th>
            </tr>
          </thead>
          <tbody>
            {cast.map((member) => (
              <Fragment key={member.entity.id}>
                <tr className="print-keep border-b border-stone-200 align-top">
                  <th scope="row" dir="auto" className="py-1 pr-3 font-semibold">{member.entity.name}</th>
                  <td className="py-1 pr-3">{capitalised(member.entity.kind)}</td>
                  <td dir="auto" className="py-1 pr-3">{member.entity.aliases.join(', ') || '—'}</td>
                  <td className="py-1">{appearancesOf(member)}</td>
                </tr>
                {member.annotations.notes.length + member.annotations.judgements.length > 0 && (
                  <tr className="border-b border-stone-200">
                    <td colSpan={4} className="pb-1 pl-6">
                      <NotesBlock notes={member.annotations} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
