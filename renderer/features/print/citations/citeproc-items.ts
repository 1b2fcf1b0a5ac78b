import type { CslDate, CslItem } from '../../../../shared/print/csl-json';
import { edtfInWords } from '../../../lib/edtf-words';
import { verbatim } from './citation-html';

/** Marks text citeproc must not recase: Chicago title-cases English titles, which would rewrite what was recorded. */
function asRecorded(text: string): string {
  return `<span class="nocase">${verbatim(text)}</span>`;
}

/** A date CSL cannot structure ("201X", "2015/..") is printed in words, as the rest of the summary prints dates. */
function dateFor(date: CslDate): CslDate {
  return date.literal === undefined ? date : { ...date, literal: asRecorded(edtfInWords(date.literal)) };
}

/**
 * A CSL item as citeproc is given it: every text printed as the user wrote it (no recasing, no curly quotes, markup
 * as text), Dossier's own fields left out. A fresh object each time, since citeproc writes into the items it reads.
 */
export function citeprocItem(item: CslItem): Record<string, unknown> {
  const recorded = (text: string | undefined) => (text === undefined ? undefined : asRecorded(text));
  const fields: Record<string, unknown> = {
    id: item.id,
    type: item.type,
    title: asRecorded(item.title),
    genre: recorded(item.genre),
    publisher: recorded(item.publisher),
    'container-title': recorded(item['container-title']),
    authority: recorded(item.authority),
    author: item.author?.map((name) => ({ literal: verbatim(name.literal) })),
    issued: item.issued && dateFor(item.issued),
    accessed: item.accessed && dateFor(item.accessed),
    URL: item.URL === undefined ? undefined : verbatim(item.URL),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
