import { describe, expect, it } from 'vitest';
import { anchorProblems, selectorContextLength, selectorsFor } from '../../../shared';

const text = 'He cited the 2018 attempted bombing of an opposition rally near Paris as a clear example of this method.';

describe('quote selectors', () => {
  it('builds a TextQuote and a TextPosition selector that agree with the text', () => {
    const start = text.indexOf('the 2018');
    const end = start + 'the 2018 attempted bombing'.length;
    const selectors = selectorsFor(text, start, end);
    expect(selectors.textQuote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'the 2018 attempted bombing',
      prefix: 'He cited ',
      suffix: text.slice(end, end + selectorContextLength),
    });
    expect(selectors.textPosition).toEqual({ type: 'TextPositionSelector', start, end });
    expect(anchorProblems(text, selectors)).toEqual([]);
  });

  it('refuses an empty or out-of-range passage', () => {
    expect(() => selectorsFor(text, 5, 5)).toThrow(RangeError);
    expect(() => selectorsFor(text, 0, text.length + 1)).toThrow(RangeError);
  });

  it('finds each way a quote can stop matching its text', () => {
    const selectors = selectorsFor(text, 13, 17);
    expect(anchorProblems(text.replace('2018', '2019'), selectors)).toEqual(['exact-mismatch']);
    expect(anchorProblems(text.replace('He cited', 'She cited'), selectors)).toContain('exact-mismatch');
    expect(anchorProblems(`${text.slice(0, 12)}X${text.slice(13)}`, selectors)).toEqual(['prefix-mismatch']);
    expect(anchorProblems(text.replace('attempted', 'foiled'), selectors)).toEqual(['suffix-mismatch']);
    expect(anchorProblems('short', selectors)).toEqual(['position-outside-text']);
  });
});
