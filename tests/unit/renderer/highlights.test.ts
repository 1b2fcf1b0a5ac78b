import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../renderer/lib/highlights';

describe('segmentText', () => {
  it('cuts the text at every boundary of overlapping highlights, innermost first', () => {
    const segments = segmentText(20, [
      { id: 'long', start: 2, end: 12 },
      { id: 'short', start: 5, end: 8 },
    ]);
    expect(segments.map(({ start, end, ids, starting }) => [start, end, ids, starting])).toEqual([
      [0, 2, [], []],
      [2, 5, ['long'], ['long']],
      [5, 8, ['short', 'long'], ['short']],
      [8, 12, ['long'], []],
      [12, 20, [], []],
    ]);
  });

  it('clips ranges to the text and ignores empty ones', () => {
    const segments = segmentText(10, [
      { id: 'past-end', start: 8, end: 40 },
      { id: 'outside', start: 30, end: 35 },
    ]);
    expect(segments.map(({ start, end, ids }) => [start, end, ids])).toEqual([
      [0, 8, []],
      [8, 10, ['past-end']],
    ]);
  });

  it('covers the whole text once, in order', () => {
    const segments = segmentText(50, [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 10, end: 30 },
      { id: 'c', start: 25, end: 50 },
    ]);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(50);
    segments.slice(1).forEach((segment, index) => expect(segment.start).toBe(segments[index]!.end));
  });
});
