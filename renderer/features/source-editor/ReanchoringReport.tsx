import type { ReanchoredQuote, ReanchoringReport as Report } from '../../../shared';

/** Whether re-checking the quotes changed anything the user should hear about. */
export function reportsChanges(report: Report): boolean {
  return report.moved.length + report.orphaned.length + report.restored.length + report.stillOrphaned.length > 0;
}

function QuoteGroup({ title, explanation, quotes }: { readonly title: string; readonly explanation: string; readonly quotes: readonly ReanchoredQuote[] }) {
  if (quotes.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-semibold">
        {title} ({quotes.length})
      </h4>
      <p className="text-xs text-stone-600">{explanation}</p>
      <ul className="mt-1 space-y-1">
        {quotes.map((quote) => (
          <li key={quote.quoteId} className="font-serif text-sm">
            “{quote.excerpt}”
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What saving a new snapshot text did to the source's quotes: which moved, which were orphaned, which came back. */
export function ReanchoringReport({ report }: { readonly report: Report }) {
  const unchanged = report.checked - report.moved.length - report.orphaned.length - report.restored.length - report.stillOrphaned.length;
  return (
    <section aria-labelledby="reanchoring-heading" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h3 id="reanchoring-heading" className="text-base font-semibold">
        The source’s quotes were checked against the new text
      </h3>
      <p className="text-sm">
        {report.checked} {report.checked === 1 ? 'quote was' : 'quotes were'} checked; {unchanged} stayed where {unchanged === 1 ? 'it was' : 'they were'}.
      </p>
      <QuoteGroup
        title="Orphaned"
        explanation="Their text is no longer found where it was, and could not be placed again without doubt. They keep what they quoted and are marked as orphaned everywhere."
        quotes={report.orphaned}
      />
      <QuoteGroup title="Moved" explanation="Found elsewhere in the text, with the same words around them, in exactly one place." quotes={report.moved} />
      <QuoteGroup title="Found in place again" explanation="Orphaned before; their text and its context are back exactly where they were." quotes={report.restored} />
      <QuoteGroup title="Still orphaned" explanation="Orphaned before, and not back where they were." quotes={report.stillOrphaned} />
    </section>
  );
}
