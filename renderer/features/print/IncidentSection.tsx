import type { ReactNode } from 'react';
import { roleLabel, statusLabel } from '../../lib/labels';
import { AnnotationBlock } from './AnnotationBlock';
import { FootnoteList, FootnoteMarker } from './FootnoteList';
import { edtfWithRaw } from './printed-text';
import type { IncidentSection as Section } from './summary-model';

function Fact({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-32 shrink-0 font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

export function IncidentSection({ section, position }: { readonly section: Section; readonly position: number }) {
  const { incident, involved, annotations, footnotes } = section;
  const involvement = involved.map(({ entity, role }) => `${entity.name} (${roleLabel(role)})`).join('; ');
  return (
    <section aria-labelledby={`incident-${incident.id}`} className="mt-8">
      <h2 id={`incident-${incident.id}`} className="font-sans text-lg font-bold">
        {position}. {incident.title}
      </h2>
      <dl className="print-keep mt-2 space-y-0.5">
        <Fact label="Date">{edtfWithRaw(incident.date)}</Fact>
        <Fact label="Place">{incident.place || 'Not recorded'}</Fact>
        <Fact label="Status">{statusLabel(incident.status)}</Fact>
        <Fact label="People involved">{involvement || 'None recorded'}</Fact>
      </dl>
      <p className="mt-3 whitespace-pre-line">
        {incident.summary || 'No summary written.'}
        {footnotes.map((footnote) => (
          <FootnoteMarker key={footnote.number} number={footnote.number} />
        ))}
      </p>
      {annotations.map((annotation) => (
        <AnnotationBlock key={annotation.id} annotation={annotation} />
      ))}
      <FootnoteList footnotes={footnotes} title={incident.title} />
    </section>
  );
}
