import { capitalised, roleLabel } from '../../lib/labels';
import { Fragment } from 'react';
import { AnnotationBlock } from './AnnotationBlock';
import type { CastMember } from './summary-model';

function appearancesOf(member: CastMember): string {
  if (member.appearances.length === 0) return 'Not linked to an incident';
  return member.appearances.map(({ incident, role }) => `${incident.title} (${roleLabel(role)})`).join('; ');
}

/** Everyone and everything the incidents name, with the part each played. */
export function CastSection({ cast }: { readonly cast: readonly CastMember[] }) {
  return (
    <section aria-labelledby="print-cast" className="print-section mt-10">
      <h2 id="print-cast" className="font-sans text-lg font-bold">
        People and organisations
      </h2>
      {cast.length === 0 ? (
        <p className="mt-2">No people or organisations are recorded in this case.</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-left text-[0.95em]">
          <thead className="font-sans text-xs uppercase tracking-wide text-stone-600">
            <tr className="border-b border-stone-400">
              <th scope="col" className="w-[24%] py-1 pr-3">Name</th>
              <th scope="col" className="w-[13%] py-1 pr-3">Kind</th>
              <th scope="col" className="w-[20%] py-1 pr-3">Also known as</th>
              <th scope="col" className="py-1">Incidents (role)</th>
            </tr>
          </thead>
          <tbody>
            {cast.map((member) => (
              <Fragment key={member.entity.id}>
                <tr className="print-keep border-b border-stone-200 align-top">
                  <th scope="row" className="py-1 pr-3 font-semibold">{member.entity.name}</th>
                  <td className="py-1 pr-3">{capitalised(member.entity.kind)}</td>
                  <td className="py-1 pr-3">{member.entity.aliases.join(', ') || '—'}</td>
                  <td className="py-1">{appearancesOf(member)}</td>
                </tr>
                {member.annotations.length > 0 && (
                  <tr className="border-b border-stone-200">
                    <td colSpan={4} className="pb-1 pl-6">
                      {member.annotations.map((annotation) => (
                        <AnnotationBlock key={annotation.id} annotation={annotation} />
                      ))}
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
