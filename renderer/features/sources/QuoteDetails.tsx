import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { anchorProblems, type Annotation, type IncidentRow, type Quote, type Source } from '../../../shared';
import { paths } from '../../app/paths';
import { CredibilityBadge } from '../../components/Badges';
import { AnnotationsSection } from '../annotations/AnnotationsSection';
import { CaseSensitivity } from '../workspace/CaseSensitivity';
import { orphanedMessage } from './QuoteList';

interface QuoteDetailsProps {
  readonly caseId: string;
  readonly source: Source;
  readonly quote: Quote;
  /** The incidents the source's quotes support, as read with the source. */
  readonly incidents: readonly IncidentRow[];
  /** The annotations read with the source; those on this quote are shown with it. */
  readonly annotations: readonly Annotation[];
  /** Other quotes of this source sharing some of its text. */
  readonly overlapping: readonly Quote[];
  readonly onSelect: (quoteId: string) => void;
  /** Moves keyboard focus to the quote's highlight in the text. */
  readonly onShowInText: () => void;
  /** What can be done to the quote (delete it), beside its heading. */
  readonly actions?: ReactNode;
}

/** The chosen quote: its credibility, the incidents it supports, whether it still matches the text, and notes on it. */
export function QuoteDetails({ caseId, source, quote, incidents, annotations, overlapping, onSelect, onShowInText, actions }: QuoteDetailsProps) {
  const supported = quote.incidentIds.flatMap((id) => incidents.find((incident) => incident.id === id) ?? []);
  const orphaned = quote.anchor === 'orphaned';
  const drifted = !orphaned && anchorProblems(source.snapshot.text, quote).length > 0;
  return (
    <section aria-labelledby="quote-details-heading" className="space-y-3 rounded-md border border-accent-600/40 bg-white p-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id="quote-details-heading" className="text-sm font-semibold">
          Selected quote
        </h3>
        <div className="flex gap-1.5">
          {!orphaned && (
            <button type="button" className="button px-2 py-0.5 text-xs" onClick={onShowInText}>
              Show in text
            </button>
          )}
          {actions}
        </div>
      </div>
      <blockquote className="border-l-4 border-amber-300 pl-3 font-serif text-sm leading-relaxed">“{quote.textQuote.exact}”</blockquote>
      <p className="flex items-center gap-1 text-xs text-stone-600">
        Credibility <CredibilityBadge grade={quote.credibility} />
      </p>
      {orphaned ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs font-medium text-amber-950">
          {orphanedMessage}. The words above are as the quote saved them.
        </p>
      ) : (
        <p className="text-xs text-stone-500">
          Characters {quote.textPosition.start}–{quote.textPosition.end} of the snapshot
        </p>
      )}
      {drifted && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950">
          The saved quote no longer matches the snapshot text at this position exactly.
        </p>
      )}
      <CaseSensitivity kind="quote" item={quote} />
      <div>
        <h4 className="eyebrow">Supports</h4>
        {supported.length === 0 ? (
          <p className="text-sm text-stone-500">No incident.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {supported.map((incident) => (
              <li key={incident.id}>
                <Link className="link text-sm" to={paths.incident(caseId, incident.id)}>
                  {incident.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      {overlapping.length > 0 && (
        <div>
          <h4 className="eyebrow">Overlaps with</h4>
          <ul className="mt-1 space-y-1">
            {overlapping.map((other) => (
              <li key={other.id}>
                <button type="button" className="link text-left text-sm" onClick={() => onSelect(other.id)}>
                  “{other.textQuote.exact.slice(0, 80)}{other.textQuote.exact.length > 80 ? '…' : ''}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <AnnotationsSection target={{ kind: 'quote', id: quote.id }} annotations={annotations} heading="Notes on this quote" />
    </section>
  );
}
