import type { Quote, TextPositionSelector, TextQuoteSelector } from './quote';

/** How much context either side of a quote identifies it when the text around it changes. */
export const selectorContextLength = 32;

/** Builds both W3C selectors for the passage text[start, end). */
export function selectorsFor(
  text: string,
  start: number,
  end: number,
): { textQuote: TextQuoteSelector; textPosition: TextPositionSelector } {
  if (start < 0 || end > text.length || end <= start) {
    throw new RangeError(`The passage ${start}–${end} lies outside a text of ${text.length} characters.`);
  }
  return {
    textQuote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - selectorContextLength), start),
      suffix: text.slice(end, end + selectorContextLength),
    },
    textPosition: { type: 'TextPositionSelector', start, end },
  };
}

export type AnchorProblem = 'position-outside-text' | 'exact-mismatch' | 'prefix-mismatch' | 'suffix-mismatch';

/** Checks that a quote's two selectors agree with each other and with the source text; returns what disagrees. */
export function anchorProblems(text: string, quote: Pick<Quote, 'textQuote' | 'textPosition'>): AnchorProblem[] {
  const { start, end } = quote.textPosition;
  if (end > text.length) return ['position-outside-text'];
  const problems: AnchorProblem[] = [];
  if (text.slice(start, end) !== quote.textQuote.exact) problems.push('exact-mismatch');
  if (!text.slice(0, start).endsWith(quote.textQuote.prefix)) problems.push('prefix-mismatch');
  if (!text.slice(end).startsWith(quote.textQuote.suffix)) problems.push('suffix-mismatch');
  return problems;
}
