import { Link } from 'react-router';
import type { SourceRow } from '../../../shared';
import { paths } from '../../app/paths';
import { ReliabilityBadge } from '../../components/Badges';
import { ScrollingList } from '../../components/ScrollingList';
import { edtfInWords, sourceKindLabel } from '../../lib/labels';

function byline(source: SourceRow): string {
  const published = source.published ? `published ${edtfInWords(source.published)}` : '';
  return [sourceKindLabel(source.kind), source.author, source.publisher, published].filter(Boolean).join(' · ');
}

/** Sources as links to their own view, each with its reliability grade written out; only those in view are drawn. */
export function SourceList({ caseId, sources }: { readonly caseId: string; readonly sources: readonly SourceRow[] }) {
  if (sources.length === 0) return <p className="text-sm text-stone-500">No sources.</p>;
  return (
    <ScrollingList
      label="Sources"
      items={sources}
      estimateSize={58}
      className="rounded-md border border-stone-200 bg-white"
      renderItem={(source) => (
        <div className="flex items-start justify-between gap-4 border-b border-stone-200 px-3 py-2.5">
          <div className="min-w-0">
            <Link className="link text-sm font-medium" to={paths.source(caseId, source.id)}>
              {source.title}
            </Link>
            <p className="mt-0.5 text-xs text-stone-600">
              {byline(source)} · {source.quoteCount} {source.quoteCount === 1 ? 'quote' : 'quotes'}
            </p>
          </div>
          <span className="shrink-0">
            <span className="sr-only">Reliability: </span>
            <ReliabilityBadge grade={source.reliability} />
          </span>
        </div>
      )}
    />
  );
}
