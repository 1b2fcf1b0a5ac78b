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
