import { memo, type ReactNode } from 'react';
import type { IncidentSection as Section, PrintedClaim } from '../../../shared/print';
import { roleLabel, statusLabel } from '../../lib/labels';
import { NotesBlock } from './AnnotationBlock';
import { FootnoteList, FootnoteMarkers } from './FootnoteList';
import { edtfWithRaw } from './printed-text';

function Fact({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-32 shrink-0 font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">{label}</dt>
      <dd dir="auto" className="min-w-0">{children}</dd>
    </div>
  );
}

function ClaimItem({ claim }: { readonly claim: PrintedClaim }) {
  return (
    <li className="print-keep">
      <span dir="auto" className="whitespace-pre-line">{claim.claim.text}</span>
      <FootnoteMarkers numbers={claim.footnoteNumbers} />
      {claim.unsupported && (
        <span className="ml-1 font-sans text-[0.8em] font-semibold uppercase tracking-wide">— unsupported: no quote backs this claim</span>
      )}
    </li>
  );
}

/**
 * One incident in full: its facts, its account and claims with their footnotes, then notes and judgements apart.
 * Memoised: a large case is laid out a slice at a time, and the slices already on the page need not render again.
 */
export const IncidentSection = memo(function IncidentSection({ section }: { readonly section: Section }) {
  const { incident, involved, claims, summaryFootnoteNumbers, annotations, footnotes, position } = section;
  const involvement = involved.map(({ entity, role }) => `${entity.name} (${roleLabel(role)})`).join('; ');
  return (
    <section aria-labelledby={`incident-${incident.id}`} className="print-incident mt-8">
      <h2 id={`incident-${incident.id}`} className="font-sans text-lg font-bold">
        {position}. <span dir="auto">{incident.title}</span>
      </h2>
      <dl className="print-keep mt-2 space-y-0.5">
        <Fact label="Date">{edtfWithRaw(incident.date)}</Fact>
        <Fact label="Place">{incident.place || 'Not recorded'}</Fact>
        <Fact label="Status">{statusLabel(incident.status)}</Fact>
        <Fact label="People involved">{involvement || 'None recorded'}</Fact>
        {incident.tags.length > 0 && <Fact label="Tags">{incident.tags.join(', ')}</Fact>}
      </dl>
      <p dir="auto" className="mt-3 whitespace-pre-line">
        {incident.summary || 'No summary written.'}
        <FootnoteMarkers numbers={summaryFootnoteNumbers} />
      </p>
      {claims.length > 0 && (
        <>
          <h3 className="mt-3 font-sans text-sm font-semibold">Claims</h3>
          <ol className="ml-6 list-decimal space-y-1">
            {claims.map((claim) => (
              <ClaimItem key={claim.claim.id} claim={claim} />
            ))}
          </ol>
        </>
      )}
      <NotesBlock notes={annotations} />
      <FootnoteList footnotes={footnotes} title={incident.title} />
    </section>
  );
});
