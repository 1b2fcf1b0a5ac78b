import { describe, expect, it } from 'vitest';
import { chronologicalKey, edtfSortKey, inChronologicalOrder } from '../../../shared';
import { generateCase } from '../../bench/generate-case';

const forms = [
  '', '2023', '2023-03', '2023-03-05', '2023?', '2023-03~', '2023-03-05%', '2024-02-29', '0050', '0000-01-01', '9999-12-31',
  '~2015', '2015/2017', '2022/..', '../2020', '2023-21', '2023-03-05/2023-03-09', '2023-13', '2023-02-30', '2023-00', 'last spring',
];

describe('the chronological key', () => {
  it.each(forms)('agrees with the EDTF parser on “%s”', (date) => {
    expect(chronologicalKey(date)).toBe(edtfSortKey(date));
  });

  it('agrees with the EDTF parser on every date of a generated case', () => {
    const dates = [...new Set(generateCase({ targetBytes: 2_000_000, seed: 3 }).file.incidents.map((incident) => incident.date))];
    expect(dates.length).toBeGreaterThan(40);
    expect(dates.map(chronologicalKey)).toEqual(dates.map(edtfSortKey));
  });
});

describe('chronological order', () => {
  it('puts earlier starts first, ties by title, undated last, and leaves the input as it was', () => {
    const items = [
      { date: '', title: 'Undated B' },
      { date: '2023-03?', title: 'March, uncertain' },
      { date: '2015/2017', title: 'A range' },
      { date: '', title: 'Undated A' },
      { date: '2023-03-01', title: 'First of March' },
    ];
    const before = structuredClone(items);
    expect(inChronologicalOrder(items).map((item) => item.title)).toEqual(['A range', 'First of March', 'March, uncertain', 'Undated A', 'Undated B']);
    expect(items).toEqual(before);
  });
});
