import { useRef } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Quote, Source, SourceDetail } from '../../../shared';
import { paths } from '../../app/paths';
import { ReliabilityBadge } from '../../components/Badges';
import { EditLink } from '../../components/EditLink';
import { AnnotationsSection } from '../annotations/AnnotationsSection';
import { AttachedFiles } from '../attachments/AttachedFiles';
import { UndoRedoButtons } from '../case-status/UndoRedoButtons';
import { QuoteFromSelection } from '../quoting/QuoteFromSelection';
import { DeleteButton } from '../trash/DeleteButton';
import { useCaseDetail, useOpenCase } from '../workspace/case-context';
import { LoadedDetail } from '../workspace/LoadedDetail';
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

/** The source's offline text with every quote highlighted, its notes and files, and the quotes beside it. */
function SourceBody({ caseId, detail }: { readonly caseId: string; readonly detail: SourceDetail }) {
  const { source, quotes, annotations, incidents } = detail;
  const { outline, readOnly, reload } = useOpenCase();
  const [search, setSearch] = useSearchParams();
  const textContainer = useRef<HTMLDivElement>(null);
  const selectedId = search.get('quote');
  const selected = quotes.find((quote) => quote.id === selectedId);
  const select = (quoteId: string) => setSearch({ quote: quoteId }, { replace: true });
  const quoted = (quote: Quote) => {
    reload();
    setSearch({ quote: quote.id });
  };
  const quoteDeleted = () => {
    reload();
    setSearch({}, { replace: true });
  };
  return (
    <div className="flex min-h-0 flex-1">
      <div className="min-w-0 flex-1 space-y-8 overflow-y-auto px-8 py-6">
        <section aria-labelledby="snapshot-heading" className="space-y-3">
          <h2 id="snapshot-heading" className="text-sm font-semibold">Snapshot text</h2>
          {source.snapshot.text ? (
            <>
              <QuoteFromSelection caseId={caseId} source={source} container={textContainer} incidents={outline.incidents} readOnly={readOnly} onQuoted={quoted} />
              <div ref={textContainer} className="panel max-w-[72ch] px-6 py-5">
                <SnapshotText text={source.snapshot.text} quotes={quotes} selectedId={selected?.id} onSelect={select} />
              </div>
            </>
          ) : (
            <p className="panel max-w-[72ch] px-6 py-5 text-sm text-stone-500">No offline text was saved for this source.</p>
          )}
        </section>
        <AnnotationsSection target={{ kind: 'source', id: source.id }} annotations={annotations} primary />
        <AttachedFiles caseId={caseId} target={{ kind: 'source', id: source.id }} />
      </div>
      <aside aria-labelledby="quotes-heading" className="w-96 shrink-0 space-y-4 overflow-y-auto border-l border-stone-200 bg-stone-50 px-4 py-6">
        {selected && (
          <QuoteDetails
            caseId={caseId}
            source={source}
            quote={selected}
            incidents={incidents}
            annotations={annotations}
            overlapping={quotes.filter((quote) => quote !== selected && overlaps(quote, selected))}
            onSelect={select}
            onShowInText={() => focusQuoteInText(selected.id)}
            actions={
              <DeleteButton caseId={caseId} target={{ kind: 'quote', id: selected.id }} label="Delete quote" readOnly={readOnly} onDeleted={quoteDeleted} className="button button-danger px-2 py-0.5 text-xs" />
            }
          />
        )}
        <h2 id="quotes-heading" className="text-sm font-semibold">Quotes ({quotes.length})</h2>
        <QuoteList quotes={quotes} selectedId={selected?.id} onSelect={select} />
      </aside>
    </div>
  );
}

function SourceHeader({ caseId, caseName, source }: { readonly caseId: string; readonly caseName: string; readonly source: Source }) {
  const { readOnly, reload } = useOpenCase();
  const navigate = useNavigate();
  const deleted = () => {
    reload();
    void navigate(paths.case(caseId));
  };
  return (
    <header className="space-y-4 border-b border-stone-200 bg-white px-8 py-4">
      <div className="flex items-start justify-between gap-4">
        <nav aria-label="Breadcrumb" className="text-xs text-stone-500">
          <Link className="hover:underline" to={paths.library()}>Case library</Link> /{' '}
          <Link className="hover:underline" to={paths.case(caseId)}>{caseName}</Link> / Source
        </nav>
        <UndoRedoButtons />
      </div>
      <div className="flex items-start justify-between gap-4">
        <h1 className="text-xl font-semibold tracking-tight">{source.title}</h1>
        <div className="flex shrink-0 items-center gap-2 text-sm">
          <span>
            <span className="sr-only">Reliability: </span>
            <ReliabilityBadge grade={source.reliability} />
          </span>
          <EditLink to={paths.editSource(caseId, source.id)} disabled={readOnly}>
            Edit source
          </EditLink>
          <DeleteButton caseId={caseId} target={{ kind: 'source', id: source.id }} label="Delete source" readOnly={readOnly} onDeleted={deleted} />
        </div>
      </div>
      <SourceMetadata source={source} />
    </header>
  );
}

/** One source, read with its snapshot text when it is opened (the outline carries no texts). */
export function SourceView() {
  const { sourceId = '' } = useParams();
  const { outline } = useOpenCase();
  const caseId = outline.case.id;
  const loaded = useCaseDetail('source.get', { caseId, sourceId });
  return (
    <LoadedDetail loaded={loaded} what="the source" missing={`This case has no source with the id “${sourceId}”.`}>
      {(detail) => (
        <div className="flex h-full flex-col">
          <SourceHeader caseId={caseId} caseName={outline.case.name} source={detail.source} />
          <SourceBody caseId={caseId} detail={detail} />
        </div>
      )}
    </LoadedDetail>
  );
}
