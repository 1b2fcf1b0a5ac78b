import { describe, expect, it } from 'vitest';
import { isEdtfDate } from '../../../shared';
import { edtfInWords } from '../../../renderer/lib/edtf-words';

describe('incident dates in words', () => {
  // The three examples the issue gives, exactly as it writes them.
  it.each([
    ['~2015', 'about 2015'],
    ['2015~', 'about 2015'],
    ['2015/2017', '2015 to 2017'],
    ['2023-11?', 'November 2023?'],
  ])('reads %s as “%s”, a date the schema accepts', (edtf, words) => {
    expect(isEdtfDate(edtf)).toBe(true);
    expect(edtfInWords(edtf)).toBe(words);
  });

  it.each([
    ['2015~/2017', 'about 2015 to 2017'],
    ['2023-11-05', '5 November 2023'],
    ['2023-06/..', 'June 2023 onwards'],
    ['2023-11%', 'about November 2023?'],
    ['', 'Date unknown'],
  ])('reads %s as “%s”', (edtf, words) => {
    expect(edtfInWords(edtf)).toBe(words);
  });
});
