import { Link } from 'react-router';
import type { CaseFile, Source } from '../../../shared';
import { paths } from '../../app/paths';
import { ReliabilityBadge } from '../../components/Badges';
import { edtfInWords, sourceKindLabel } from '../../lib/labels';
import { quotesOfSource } from '../../lib/case-queries';

function byline(source: Source): string {
  const published = source.published ? `published ${edtfInWords(source.published)}` : '';
  return [sourceKindLabel(source.kind), source.author, source.publisher, published].filter(Boolean).join(' · ');
}

/** Sources as links to their own view, each with its reliability grade written out. */
export function SourceList({ file, sources }: { readonly file: CaseFile; readonly sources: readonly Source[] }) {
  if (sources.length === 0) return <p className="text-sm text-stone-500">No sources.</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {sources.map((source) => {
        const quoteCount = quotesOfSource(file, source.id).length;
        return (
          <li key={source.id} className="flex items-start justify-between gap-4 px-3 py-2.5">
            <div className="min-w-0">
              <Link className="link text-sm font-medium" to={paths.source(file.case.id, source.id)}>
                {source.title}
              </Link>
              <p className="mt-0.5 text-xs text-stone-600">
                {byline(source)} · {quoteCount} {quoteCount === 1 ? 'quote' : 'quotes'}
              </p>
            </div>
            <span className="shrink-0">
              <span className="sr-only">Reliability: </span>
              <ReliabilityBadge grade={source.reliability} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
