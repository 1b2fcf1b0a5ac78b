import { describe, expect, it } from 'vitest';
import { edtfDateSchema, edtfSortKey, isEdtfDate } from '../../../shared';

describe('EDTF dates', () => {
  it.each(['2018', '2023-11?', '2015/2017', '~2015', '2023-11-12', '2022/..'])('accepts %s', (text) => {
    expect(isEdtfDate(text)).toBe(true);
  });

  it.each(['last spring', '2018-13', '12/11/2023', ''])('rejects %s', (text) => {
    expect(isEdtfDate(text)).toBe(false);
  });

  it('lets a date be unknown, as the empty string', () => {
    expect(edtfDateSchema.parse('')).toBe('');
    expect(edtfDateSchema.safeParse('soon').success).toBe(false);
  });

  it('orders a chronology by the earliest instant a date can mean, undated last', () => {
    const dates = ['2023-11', '', '2015/2017', '2018'];
    expect([...dates].sort((left, right) => edtfSortKey(left) - edtfSortKey(right))).toEqual(['2015/2017', '2018', '2023-11', '']);
  });
});

describe('the fast path for common EDTF dates', () => {
  const years = ['2018', '1999', '0000', '9999'];
  const months = ['', '-01', '-02', '-12', '-13', '-00', '-1'];
  const days = ['', '-01', '-28', '-29', '-30', '-31', '-32', '-1'];
  const qualifiers = ['', '?', '~', '%', '??', '?~'];
  const corpus = years.flatMap((year) => months.flatMap((month) => days.flatMap((day) => qualifiers.map((mark) => `${year}${month}${day}${mark}`))));

  it('agrees with the edtf parser on every year, month and day form', async () => {
    const { default: parse } = await import('edtf');
    const parserSays = (text: string) => {
      try {
        parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const disagreements = corpus.filter((text) => isEdtfDate(text) !== parserSays(text));
    expect(corpus.length).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});
