import type { ReactNode } from 'react';
import type { CaseOutline, CaseOverviewDetail } from '../../../shared';
import { paths } from '../../app/paths';
import { Timestamp } from '../../components/Dates';
import { EditLink } from '../../components/EditLink';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { ScrollingList } from '../../components/ScrollingList';
import { Section } from '../../components/Section';
import { capitalised } from '../../lib/labels';
import { AnnotationsSection } from '../annotations/AnnotationsSection';
import { SourceList } from '../sources/SourceList';
import { useCaseDetail, useOpenCase } from './case-context';

function Facts({ outline }: { readonly outline: CaseOutline }) {
  const facts: [string, ReactNode][] = [
    ['Incidents', outline.counts.incidents],
    ['Sources', outline.counts.sources],
    ['Quotes', outline.counts.quotes],
    ['Created', <Timestamp key="created" iso={outline.case.createdAt} />],
    ['Last updated', <Timestamp key="updated" iso={outline.case.updatedAt} />],
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

function People({ entities }: { readonly entities: CaseOverviewDetail['entities'] }) {
  if (entities.length === 0) return <p className="text-sm text-stone-500">None recorded.</p>;
  return (
    <ScrollingList
      label="People and organisations"
      items={entities}
      estimateSize={64}
      renderItem={(entity) => (
        <div className="mb-2 rounded-md border border-stone-200 bg-white px-3 py-2">
          <p className="text-sm font-medium">{entity.name}</p>
          <p className="text-xs text-stone-600">{capitalised(entity.kind)}</p>
          {entity.description && <p className="mt-1 text-xs text-stone-700">{entity.description}</p>}
        </div>
      )}
    />
  );
}

/** The people described and the notes on the case: read apart from the outline, which carries neither. */
function OverviewDetail({ outline }: { readonly outline: CaseOutline }) {
  const caseId = outline.case.id;
  const loaded = useCaseDetail('case.overview', { caseId });
  if (loaded.status === 'loading') return <Loading what="the people and case annotations" />;
  if (loaded.status === 'failed') return <FailureNotice failure={loaded.error} />;
  const { entities, annotations } = loaded.value;
  return (
    <>
      <Section title={`People and organisations (${entities.length})`}>
        <People entities={entities} />
      </Section>
      <AnnotationsSection target={{ kind: 'case', id: caseId }} annotations={annotations} heading="Case annotations" primary />
    </>
  );
}

/** The case as a whole: its summary, every source, the people involved, and notes on the case itself. */
export function CaseOverview({ outline }: { readonly outline: CaseOutline }) {
  const { readOnly } = useOpenCase();
  const newSource = (
    <EditLink className="button px-2 py-0.5 text-xs" to={paths.newSource(outline.case.id)} disabled={readOnly}>
      New source
    </EditLink>
  );
  return (
    <div className="max-w-4xl space-y-8 px-8 py-6">
      <section aria-labelledby="overview-heading" className="space-y-3">
        <h2 id="overview-heading" className="text-lg font-semibold">
          Case overview
        </h2>
        <p className="text-sm leading-relaxed whitespace-pre-line text-stone-800">{outline.case.summary || 'No summary written.'}</p>
        <Facts outline={outline} />
      </section>
      <Section title={`Sources (${outline.sources.length})`} actions={newSource}>
        <SourceList caseId={outline.case.id} sources={outline.sources} />
      </Section>
      <OverviewDetail outline={outline} />
    </div>
  );
}
