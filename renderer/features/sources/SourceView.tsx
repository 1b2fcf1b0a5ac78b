import { Link, useParams, useSearchParams } from 'react-router';
import type { Quote } from '../../../shared';
import { paths } from '../../app/paths';
import { ReliabilityBadge } from '../../components/Badges';
import { findById, quotesOfSource } from '../../lib/case-queries';
import { AnnotationsSection } from '../annotations/AnnotationsSection';
import { UndoRedoButtons } from '../case-status/UndoRedoButtons';
import { useOpenCase } from '../workspace/case-context';
import { QuoteDetails } from './QuoteDetails';
import { QuoteList } from './QuoteList';
import { SnapshotText } from './SnapshotText';
import { SourceMetadata } from './SourceMetadata';

function overlaps(first: Quote, second: Quote): boolean {
  return first.textPosition.start < second.textPosition.end && second.textPosition.start < first.textPosition.end;
}

function focusQuoteInText(quoteId: string): void {
  document.querySelector<HTMLElement>(`mark[data-starts~="${quoteId}"]`)?.focus();
}

/** One source: its metadata, its offline text with every quote highlighted, and the quotes beside it. */
export function SourceView() {
  const { sourceId } = useParams();
  const { file } = useOpenCase();
  const [search, setSearch] = useSearchParams();
  const source = findById(file.sources, sourceId);
  if (!source) {
    return <p role="alert" className="px-8 py-6 text-sm">This case has no source with the id “{sourceId}”.</p>;
  }
  const quotes = quotesOfSource(file, source.id);
  const selected = findById(quotes, search.get('quote') ?? undefined);
  const select = (quoteId: string) => setSearch({ quote: quoteId }, { replace: true });
  return (
    <div className="flex h-full flex-col">
      <header className="space-y-4 border-b border-stone-200 bg-white px-8 py-4">
        <div className="flex items-start justify-between gap-4">
          <nav aria-label="Breadcrumb" className="text-xs text-stone-500">
            <Link className="hover:underline" to={paths.library()}>Case library</Link> /{' '}
            <Link className="hover:underline" to={paths.case(file.case.id)}>{file.case.name}</Link> / Source
          </nav>
          <UndoRedoButtons />
        </div>
        <div className="flex items-start justify-between gap-4">
          <h1 className="text-xl font-semibold tracking-tight">{source.title}</h1>
          <span className="shrink-0 text-sm">
            <span className="sr-only">Reliability: </span>
            <ReliabilityBadge grade={source.reliability} />
          </span>
        </div>
        <SourceMetadata source={source} />
      </header>
      <div className="flex min-h-0 flex-1">
        <div className="min-w-0 flex-1 space-y-8 overflow-y-auto px-8 py-6">
          <section aria-labelledby="snapshot-heading" className="space-y-3">
            <h2 id="snapshot-heading" className="text-sm font-semibold">Snapshot text</h2>
            <div className="panel max-w-[72ch] px-6 py-5">
              {source.snapshot.text ? (
                <SnapshotText text={source.snapshot.text} quotes={quotes} selectedId={selected?.id} onSelect={select} />
              ) : (
                <p className="text-sm text-stone-500">No offline text was saved for this source.</p>
              )}
            </div>
          </section>
          <AnnotationsSection target={{ kind: 'source', id: source.id }} />
        </div>
        <aside aria-labelledby="quotes-heading" className="w-96 shrink-0 space-y-4 overflow-y-auto border-l border-stone-200 bg-stone-50 px-4 py-6">
          {selected && (
            <QuoteDetails
              file={file}
              source={source}
              quote={selected}
              overlapping={quotes.filter((quote) => quote !== selected && overlaps(quote, selected))}
              onSelect={select}
              onShowInText={() => focusQuoteInText(selected.id)}
            />
          )}
          <h2 id="quotes-heading" className="text-sm font-semibold">Quotes ({quotes.length})</h2>
          <QuoteList quotes={quotes} selectedId={selected?.id} onSelect={select} />
        </aside>
      </div>
    </div>
  );
}
