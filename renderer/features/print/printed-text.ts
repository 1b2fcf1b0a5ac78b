import type { Quote, Source } from '../../../shared';
import { credibilityMeaning, edtfInWords, reliabilityMeaning } from '../../lib/labels';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

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

/** The Admiralty grade of a quote, e.g. "B2", and what its letter and number mean. */
export function gradeOf(source: Source, quote: Quote): { readonly code: string; readonly meaning: string } {
  return {
    code: `${source.reliability}${quote.credibility}`,
    meaning: `${reliabilityMeaning(source.reliability)}; ${credibilityMeaning(quote.credibility)}`,
  };
}

/** "Title, Author, Publisher, published March 2021": what a footnote cites. */
export function citation(source: Source): string {
  const published = source.published === '' ? '' : `published ${edtfInWords(source.published)}`;
  return [source.title, source.author, source.publisher, published].filter(Boolean).join(', ');
}

export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
