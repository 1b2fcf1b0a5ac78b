import type { Quote, Source } from '../../../shared';
import { credibilityMeaning, edtfInWords, reliabilityMeaning } from '../../lib/labels';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat();

export function printedDate(timestamp: string): string {
  return dateFormat.format(new Date(timestamp));
}

export function printedDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** "November 2023? (EDTF 2023-11?)"; "2018" when the words are the EDTF; `unknown` when there is no date. */
export function edtfWithRaw(date: string, unknown = 'Date unknown'): string {
  if (date === '') return unknown;
  const words = edtfInWords(date);
  return words === date ? words : `${words} (EDTF ${date})`;
}

/** What a grade's letter and digit mean: "Usually reliable; Probably true". */
export function gradeMeaning(source: Source, quote: Quote): string {
  return `${reliabilityMeaning(source.reliability)}; ${credibilityMeaning(quote.credibility)}`;
}

/** "1,000" in the reader's locale. */
export function number(count: number): string {
  return numberFormat.format(count);
}

export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${number(count)} ${count === 1 ? singular : plural}`;
}
