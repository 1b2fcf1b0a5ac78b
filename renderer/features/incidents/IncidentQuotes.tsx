import { Link } from 'react-router';
import type { CitedQuote } from '../../../shared';
import { paths } from '../../app/paths';
import { CredibilityBadge, ReliabilityBadge } from '../../components/Badges';
import { SensitiveBadge } from '../workspace/SensitiveBadge';

function QuoteEntry({ caseId, cited: { quote, source } }: { readonly caseId: string; readonly cited: CitedQuote }) {
  return (
    <li className="rounded-md border border-stone-200 bg-white p-3">
      <blockquote className="border-l-4 border-amber-300 pl-3 font-serif text-[0.95rem] leading-relaxed text-stone-900">
        “{quote.textQuote.exact}”
      </blockquote>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-xs text-stone-600">
        <span className="flex items-center gap-1">
          Credibility <CredibilityBadge grade={quote.credibility} />
        </span>
        {source ? (
          <span className="flex min-w-0 items-center gap-1">
            From{' '}
            <Link className="link" to={paths.source(caseId, source.id, quote.id)}>
              {source.title}
            </Link>
            <ReliabilityBadge grade={source.reliability} />
          </span>
        ) : (
          <span>From a source missing from this case</span>
        )}
        {quote.sensitivity && <SensitiveBadge />}
      </div>
    </li>
  );
}

/** Exact quotes supporting an incident, each with its credibility and the graded source it comes from. */
export function IncidentQuotes({ caseId, quotes }: { readonly caseId: string; readonly quotes: readonly CitedQuote[] }) {
  if (quotes.length === 0) return <p className="text-sm text-stone-500">No quotes are linked to this incident.</p>;
  return (
    <ul className="space-y-3">
      {quotes.map((cited) => (
        <QuoteEntry key={cited.quote.id} caseId={caseId} cited={cited} />
      ))}
    </ul>
  );
}
