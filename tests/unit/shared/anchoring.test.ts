import { describe, expect, it } from 'vitest';
import { anchorProblems, reanchor, selectorsFor, type Quote } from '../../../shared';

const text = 'The minister said the contract was signed in March 2023. Officials later denied that any contract existed at all.';

function quoteOf(source: string, exact: string, from = 0): Quote {
  const start = source.indexOf(exact, from);
  if (start < 0) throw new Error(`The text does not contain "${exact}".`);
  return {
    id: 'quote-1',
    sourceId: 'source-1',
    ...selectorsFor(source, start, start + exact.length),
    credibility: 2,
    incidentIds: [],
    anchor: 'anchored',
    locator: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('re-anchoring a quote in a changed text', () => {
  it('keeps a quote whose exact text is still at the same place, and refreshes its context from the new text', () => {
    const quote = quoteOf(text, 'signed in March 2023');
    const edited = text.replace('Officials later', 'Officials soon');
    const same = reanchor(quote, edited);
    expect(same.outcome).toBe('kept');
    expect(same.quote.textPosition).toEqual(quote.textPosition);
    expect(same.quote.textQuote.suffix).toBe(edited.slice(quote.textPosition.end, quote.textPosition.end + 32));
    expect(anchorProblems(edited, same.quote)).toEqual([]);
  });

  it('returns the very same quote when neither its place nor its context changed', () => {
    const quote = quoteOf(text, 'signed in March 2023');
    const result = reanchor(quote, `${text} A sentence far away, after the context ends.`);
    expect(result).toEqual({ outcome: 'kept', quote });
    expect(result.quote).toBe(quote);
  });

  it('moves a quote found elsewhere when its prefix and suffix surround exactly one occurrence', () => {
    const quote = quoteOf(text, 'Officials later denied');
    const edited = `Summary first. ${text}`;
    const moved = reanchor(quote, edited);
    expect(moved.outcome).toBe('moved');
    const start = edited.indexOf('Officials later denied');
    expect(moved.quote.textPosition).toEqual({ type: 'TextPositionSelector', start, end: start + 'Officials later denied'.length });
    expect(moved.quote.anchor).toBe('anchored');
    expect(anchorProblems(edited, moved.quote)).toEqual([]);
  });

  it('orphans a quote whose text is found twice with the same context, keeping its stored selectors', () => {
    const short = 'Alpha beta gamma.';
    const quote = quoteOf(short, 'beta');
    const edited = `Intro. ${short} ${short}`;
    const result = reanchor(quote, edited);
    expect(result.outcome).toBe('orphaned');
    expect(result.quote.anchor).toBe('orphaned');
    expect(result.quote.textQuote).toEqual(quote.textQuote);
    expect(result.quote.textPosition).toEqual(quote.textPosition);
  });

  it('orphans a quote whose text was deleted, and one found elsewhere with a different context', () => {
    const quote = quoteOf(text, 'denied that any contract');
    expect(reanchor(quote, text.replace('denied that any contract', 'said no contract')).outcome).toBe('orphaned');
    const elsewhere = `He denied that any contract mattered. ${text.replace('later denied that any contract', 'later said so')}`;
    expect(elsewhere.includes('denied that any contract')).toBe(true);
    expect(reanchor(quote, elsewhere).outcome).toBe('orphaned');
  });

  it('counts overlapping occurrences as several', () => {
    const quote = quoteOf('aaa', 'aa');
    const result = reanchor({ ...quote, textPosition: { type: 'TextPositionSelector', start: 5, end: 7 } }, 'xaaaax');
    expect(result.outcome).toBe('orphaned');
  });

  it('never moves an orphaned quote, and anchors it again only when its text and context are back where they were', () => {
    const quote = { ...quoteOf(text, 'signed in March 2023'), anchor: 'orphaned' as const };
    expect(reanchor(quote, `Moved: ${text}`)).toEqual({ outcome: 'still-orphaned', quote });
    const back = reanchor(quote, text);
    expect(back.outcome).toBe('restored');
    expect(back.quote).toEqual({ ...quote, anchor: 'anchored' });
    const contextChanged = text.replace('the contract was', 'a contract was');
    expect(reanchor(quote, contextChanged).outcome).toBe('still-orphaned');
  });

  it('places quotes in a text of several megabytes quickly enough to run on every save', () => {
    const paragraph = (index: number) => `Paragraph ${index}: the ledger shows payment number ${index * 7919} to account ${index % 97}.\n`;
    const parts = Array.from({ length: 60_000 }, (_unused, index) => paragraph(index));
    const big = parts.join('');
    expect(big.length).toBeGreaterThan(4_000_000);
    const quotes = [10, 30_000, 59_990].map((index) => quoteOf(big, `payment number ${index * 7919} to`));
    const edited = `A new heading\n${big.replace(paragraph(20_000), '')}`;
    const outcomes = quotes.map((quote) => reanchor(quote, edited));
    expect(outcomes.map((result) => result.outcome)).toEqual(['moved', 'moved', 'moved']);
    outcomes.forEach((result) => expect(anchorProblems(edited, result.quote)).toEqual([]));
    // "payment number" alone occurs 60,000 times; with its context the quote is still unique.
    const common = quoteOf(big, 'the ledger shows', big.indexOf(paragraph(40_000)));
    expect(reanchor(common, edited).outcome).toBe('moved');
  });
});
