import type { CitedQuote } from '../../../shared';
import { credibilityMeaning, reliabilityMeaning } from '../../lib/labels';

/** The Admiralty grade of a cited quote: "B2", and what its letter and number mean; undefined without a source. */
export function gradeOfCited({ quote, source }: CitedQuote): { readonly code: string; readonly meaning: string } | undefined {
  if (!source) return undefined;
  return {
    code: `${source.reliability}${quote.credibility}`,
    meaning: `source: ${reliabilityMeaning(source.reliability).toLowerCase()}; quote: ${credibilityMeaning(quote.credibility).toLowerCase()}`,
  };
}

/** A quote cut to one line a picker can show: whitespace collapsed, at most `length` characters. */
export function quoteExcerpt(text: string, length = 140): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line;
}

/** The quotes that back claims, numbered like footnotes in the order the claims first cite them. */
export function citationNumbers(claims: readonly { readonly quoteIds: readonly string[] }[]): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const quoteId of claims.flatMap((claim) => claim.quoteIds)) {
    if (!numbers.has(quoteId)) numbers.set(quoteId, numbers.size + 1);
  }
  return numbers;
}
