import type { Quote } from '../../../shared';
import { credibilityLabel } from '../../lib/labels';
import { SensitiveBadge } from '../workspace/SensitiveBadge';

export const orphanedMessage = 'Orphaned — no longer found in the text';

interface QuoteListProps {
  readonly quotes: readonly Quote[];
  readonly selectedId: string | undefined;
  readonly onSelect: (quoteId: string) => void;
}

/** The source's quotes in text order; choosing one selects it in the text. */
export function QuoteList({ quotes, selectedId, onSelect }: QuoteListProps) {
  if (quotes.length === 0) return <p className="text-sm text-stone-500">No quotes taken from this source yet.</p>;
  return (
    <ol className="space-y-1.5">
      {quotes.map((quote) => {
        const selected = quote.id === selectedId;
        return (
          <li key={quote.id}>
            <button
              type="button"
              aria-pressed={selected}
              onClick={() => onSelect(quote.id)}
              className={`block w-full rounded border px-2.5 py-1.5 text-left text-sm ${selected ? 'border-accent-600 bg-accent-50' : 'border-stone-200 bg-white hover:bg-stone-50'}`}
            >
              <span className="line-clamp-2 font-serif">“{quote.textQuote.exact}”</span>
              <span className="mt-0.5 flex items-center gap-2 text-xs text-stone-600">
                Credibility {credibilityLabel(quote.credibility)}
                {quote.sensitivity && <SensitiveBadge />}
              </span>
              {quote.anchor === 'orphaned' && <span className="mt-0.5 block text-xs font-medium text-amber-900">{orphanedMessage}</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
