import { describe, expect, it } from 'vitest';
import { indexAfterKey, withPinned } from '../../../renderer/lib/list-keys';

describe('moving through a long list with the keyboard', () => {
  it.each([
    ['ArrowDown', 4, 5],
    ['ArrowUp', 4, 3],
    ['ArrowUp', 0, 0],
    ['ArrowDown', 99, 99],
    ['PageDown', 95, 99],
    ['PageUp', 4, 0],
    ['Home', 50, 0],
    ['End', 50, 99],
  ])('%s from %d goes to %d of 100', (key, from, to) => {
    expect(indexAfterKey(key, from, 100)).toBe(to);
  });

  it('leaves other keys, and empty lists, alone', () => {
    expect(indexAfterKey('a', 3, 100)).toBeUndefined();
    expect(indexAfterKey('ArrowDown', 0, 0)).toBeUndefined();
  });

  it('keeps pinned rows rendered once each, in order, beside the rows in view', () => {
    expect(withPinned([10, 11, 12], [500, 500, -1, 11])).toEqual([10, 11, 12, 500]);
    expect(withPinned([10, 11], [2])).toEqual([2, 10, 11]);
  });
});
