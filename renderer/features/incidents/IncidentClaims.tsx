import { Link } from 'react-router';
import type { CitedQuote, Claim } from '../../../shared';
import { paths } from '../../app/paths';
import { citationNumbers, gradeOfCited, quoteExcerpt } from './citations';

const flag = 'ml-2 inline-flex items-center rounded border px-1.5 py-px align-middle text-xs font-medium whitespace-nowrap';

function Citation({ caseId, number, cited }: { readonly caseId: string; readonly number: number; readonly cited: CitedQuote | undefined }) {
  if (!cited) {
    return (
      <li value={number} className="text-amber-900">
        A quote no longer linked to this incident: it backs nothing here until it is linked again.
      </li>
    );
  }
  const { quote, source } = cited;
  const grade = gradeOfCited(cited);
  return (
    <li value={number}>
      <span className="font-serif text-stone-800">“{quoteExcerpt(quote.textQuote.exact, 300)}”</span> —{' '}
      {source ? (
        <Link className="link" to={paths.source(caseId, source.id, quote.id)}>
          {source.title}
        </Link>
      ) : (
        'a source missing from this case'
      )}
      {grade && (
        <>
          ,{' '}
          <span className="font-mono font-bold" title={grade.meaning}>
            {grade.code}
          </span>
          <span className="sr-only"> ({grade.meaning})</span>
        </>
      )}
      {quote.anchor === 'orphaned' && (
        <span className="ml-1 font-medium text-red-700">Orphaned quote: its passage is no longer found in the source. Not verified.</span>
      )}
    </li>
  );
}

interface IncidentClaimsProps {
  readonly caseId: string;
  readonly claims: readonly Claim[];
  /** The quotes supporting the incident, as its detail read them. */
  readonly quotes: readonly CitedQuote[];
}

/**
 * What the incident asserts, each claim followed by the quotes backing it, numbered like footnotes (a quote cited
 * twice keeps its number). A claim no quote backs says so, and so does one resting on a quote that is not verified.
 */
export function IncidentClaims({ caseId, claims, quotes }: IncidentClaimsProps) {
  if (claims.length === 0) return <p className="text-sm text-stone-500">No claims written. Edit the incident to add what it asserts, backed by its quotes.</p>;
  const numbers = citationNumbers(claims);
  const byId = new Map(quotes.map((cited) => [cited.quote.id, cited]));
  return (
    <ol className="space-y-3">
      {claims.map((claim) => (
        <li key={claim.id} className="rounded-md border border-stone-200 bg-white p-3">
          <p className="text-sm leading-relaxed">
            {claim.text}
            {claim.quoteIds.length > 0 && (
              <sup className="ml-0.5 font-mono text-stone-500">
                <span className="sr-only"> cites quotes </span>
                {claim.quoteIds.map((id) => numbers.get(id)).join(', ')}
              </sup>
            )}
            {claim.quoteIds.length === 0 && <span className={`${flag} border-amber-300 bg-amber-50 text-amber-900`}>Unsupported: no quote backs it</span>}
          </p>
          {claim.quoteIds.length > 0 && (
            <ol aria-label="Backed by" className="mt-2 list-decimal space-y-1 border-t border-stone-100 pt-2 pl-6 text-xs text-stone-600">
              {claim.quoteIds.map((id) => (
                <Citation key={id} caseId={caseId} number={numbers.get(id)!} cited={byId.get(id)} />
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
