import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { edtfBounds } from '../../../shared';

/** What the edtf library itself says, the reference the quick paths must agree with. */
function parsed(text: string): { min: number; max: number } | undefined {
  try {
    const date = edtf(text) as { min: number | null; max: number | null };
    return { min: date.min ?? Number.NEGATIVE_INFINITY, max: date.max ?? Number.POSITIVE_INFINITY };
  } catch {
    return undefined;
  }
}

const samples = [
  '2019', '2019-03', '2019-03-14', '2019-03?', '2019-03~', '2019-03-14%', '0044', '1999-12-31', '2024-02-29', '2023-02-29',
  '2019-13', '2019-00-10', '2019/2020', '2019-03-14/2019-03-20', '2019/2019-06', '2019-01-01/2019', '2019-06/2019',
  '2019/', '2019/..', '2019?/2020~', '2019-21', '[2019,2020]', '{2019,2021}', '201X', '2019-03-XX', 'last spring', '2019-03-14T10:00:00Z',
];

describe('the bounds of an EDTF date', () => {
  it('agrees with the edtf library on every form, the quick ones included', () => {
    for (const text of samples) expect({ text, bounds: edtfBounds(text) }).toEqual({ text, bounds: parsed(text) });
  });

  it('spans the whole of an uncertain month and the whole of an interval, and never ends for an open one', () => {
    expect(edtfBounds('2019-03?')).toEqual({ min: Date.UTC(2019, 2, 1), max: Date.UTC(2019, 3, 1) - 1 });
    expect(edtfBounds('2019-03-14/2019-03-20')).toEqual({ min: Date.UTC(2019, 2, 14), max: Date.UTC(2019, 2, 21) - 1 });
    expect(edtfBounds('2019/..')!.max).toBe(Number.POSITIVE_INFINITY);
    expect(edtfBounds('')).toBeUndefined();
  });
});
