import type { ReactNode } from 'react';
import type { CaseFile } from '../../../shared';
import { Timestamp } from '../../components/Dates';
import { Section } from '../../components/Section';
import { capitalised } from '../../lib/labels';
import { AnnotationsSection } from '../annotations/AnnotationsSection';
import { SourceList } from '../sources/SourceList';

function Facts({ file }: { readonly file: CaseFile }) {
  const facts: [string, ReactNode][] = [
    ['Incidents', file.incidents.length],
    ['Sources', file.sources.length],
    ['Quotes', file.quotes.length],
    ['Created', <Timestamp key="created" iso={file.case.createdAt} />],
    ['Last updated', <Timestamp key="updated" iso={file.case.updatedAt} />],
  ];
  return (
    <dl className="grid grid-cols-5 gap-3">
      {facts.map(([term, value]) => (
        <div key={term} className="rounded-md border border-stone-200 bg-white px-3 py-2">
          <dt className="eyebrow">{term}</dt>
          <dd className="mt-0.5 text-sm font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The case as a whole: its summary, every source, the people involved, and notes on the case itself. */
export function CaseOverview({ file }: { readonly file: CaseFile }) {
  return (
    <div className="max-w-4xl space-y-8 px-8 py-6">
      <section aria-labelledby="overview-heading" className="space-y-3">
        <h2 id="overview-heading" className="text-lg font-semibold">
          Case overview
        </h2>
        <p className="text-sm leading-relaxed whitespace-pre-line text-stone-800">{file.case.summary || 'No summary written.'}</p>
        <Facts file={file} />
      </section>
      <Section title={`Sources (${file.sources.length})`}>
        <SourceList file={file} sources={file.sources} />
      </Section>
      <Section title={`People and organisations (${file.entities.length})`}>
        {file.entities.length === 0 ? (
          <p className="text-sm text-stone-500">None recorded.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-2">
            {file.entities.map((entity) => (
              <li key={entity.id} className="rounded-md border border-stone-200 bg-white px-3 py-2">
                <p className="text-sm font-medium">{entity.name}</p>
                <p className="text-xs text-stone-600">{capitalised(entity.kind)}</p>
                {entity.description && <p className="mt-1 text-xs text-stone-700">{entity.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <AnnotationsSection target={{ kind: 'case', id: file.case.id }} heading="Case annotations" />
    </div>
  );
}
