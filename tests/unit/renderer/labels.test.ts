import { describe, expect, it } from 'vitest';
import { bytesInWords, credibilityLabel, edtfInWords, reliabilityLabel } from '../../../renderer/lib/labels';

describe('EDTF dates in words', () => {
  it.each([
    ['2015', '2015'],
    ['2015/2017', '2015 to 2017'],
    ['2023-11?', 'November 2023?'],
    ['~2015', 'about 2015'],
    ['2015~', 'about 2015'],
    ['2015%', 'about 2015?'],
    ['2023-11-05', '5 November 2023'],
    ['2015-21', 'Spring 2015'],
    ['201X', 'the 2010s'],
    ['19XX', 'the 1900s'],
    ['2015/..', '2015 onwards'],
    ['../2017', 'until 2017'],
    ['/2017', 'unknown to 2017'],
    ['2023-03?/2024~', 'March 2023? to about 2024'],
    ['', 'Date unknown'],
  ])('reads %j as %j', (edtf, words) => {
    expect(edtfInWords(edtf)).toBe(words);
  });

  it.each(['[2015,2016]', '2023-11-05T10:00:00Z', '2015-13', 'not a date', '2015/not'])('leaves %j as it is', (edtf) => {
    expect(edtfInWords(edtf)).toBe(edtf);
  });
});

describe('grades', () => {
  it('spells out what a reliability letter and a credibility number mean', () => {
    expect(reliabilityLabel('B')).toBe('B — Usually reliable');
    expect(credibilityLabel(6)).toBe('6 — Truth cannot be judged');
  });
});

describe('file sizes in words', () => {
  it.each([
    [0, '0 bytes'],
    [812, '812 bytes'],
    [48_213, '48.2 kB'],
    [999_999, '1,000 kB'],
    [3_100_000, '3.1 MB'],
    [7_250_000_000, '7.3 GB'],
  ])('%d bytes read as "%s"', (bytes, words) => {
    expect(bytesInWords(bytes)).toBe(words);
  });
});
