import { cleanedName, isSpacedName, letterCount, namePattern, withoutInvisibles } from './redaction-text';

/**
 * Below these many letters a forbidden string is not allowed to block an export: a two-letter alias ("Al", "Jo")
 * stands as a word in ordinary text ("Al Jazeera") and would stop every printout. It is still looked for, and found
 * it becomes a warning the print builder shows, so it is never silently ignored. In Chinese, Japanese and Korean a
 * name of two characters is a whole name, so there one character is the limit.
 */
const shortestBlocking = { spaced: 3, unspaced: 2 } as const;
/** Texts longer than this are looked for by their pieces, so a quote split by a page header is still found. */
const longText = 64;
/** A run of this many letters and digits from a withheld text, found in the page, is taken as a leak of it. */
const pieceLength = 32;

/**
 * Text as both sides are compared: compatibility forms folded (NFKC: full-width letters, ligatures), soft hyphens
 * and zero-width characters removed (a soft hyphen at a line break joins the halves), case folded (ß as ss). Runs of
 * spaces and line breaks are left as they are: the name patterns accept any run between words.
 */
function folded(text: string): string {
  const unbroken = text.normalize('NFKC').replace(/\u00AD[^\S\n]*\n\s*/gu, '');
  return withoutInvisibles(unbroken).toUpperCase().toLowerCase();
}

const hyphenAtLineEnd = /[-\u2010\u2011][^\S\n]*\n/;

/**
 * The ways to read a page's text. A word hyphenated over a line break ("Has-\nsan") is read joined; a hyphen that
 * belonged to the word ("Jean-\nLuc") is read kept. A string is looked for in both; most pages have neither.
 */
function readings(text: string): string[] {
  if (!hyphenAtLineEnd.test(text)) return [text];
  return [
    text.replace(/(?<=\p{L})[-\u2010\u2011][^\S\n]*\n\s*(?=\p{L})/gu, ''),
    text.replace(/(?<=\p{L}[-\u2010\u2011])[^\S\n]*\n\s*(?=\p{L})/gu, ''),
  ];
}

/** Only letters and digits: what is left of a long text whatever the layout did to its spacing and punctuation. */
function compact(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

function isShort(text: string): boolean {
  const limit = isSpacedName(text) ? shortestBlocking.spaced : shortestBlocking.unspaced;
  return letterCount(text) < limit;
}

/** The rendered text, read once; its letters-only form is made only if some string needs it. */
class Page {
  readonly readings: readonly string[];
  private letters: string | undefined;

  constructor(renderedText: string) {
    this.readings = readings(folded(renderedText));
  }

  get compact(): string {
    this.letters ??= compact(this.readings[0]!);
    return this.letters;
  }

  /**
   * Cheap before a regular expression runs over megabytes of text: a name in a spaced script has its longest word
   * intact on the page; a Chinese or Japanese one may be split by a line break, so its letters are looked for.
   */
  mayHold(name: string): boolean {
    if (!isSpacedName(name)) return this.compact.includes(compact(name));
    const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
    const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
    return this.readings.some((reading) => reading.includes(longest));
  }
}

/** Whether the page holds the string: a name as a word, a long text whole or by any of its pieces. */
function appears(forbidden: string, onPage: Page): boolean {
  const wanted = folded(forbidden);
  if (cleanedName(wanted).length > longText) {
    const letters = compact(wanted);
    if (letters.length <= 2 * pieceLength) return onPage.compact.includes(letters);
    for (let start = 0; start + pieceLength <= letters.length; start += pieceLength) {
      if (onPage.compact.includes(letters.slice(start, start + pieceLength))) return true;
    }
    return false;
  }
  const pattern = namePattern(wanted);
  if (pattern === undefined || !onPage.mayHold(wanted)) return false;
  const expression = new RegExp(pattern, 'iu');
  return onPage.readings.some((reading) => expression.test(reading));
}

function leaksOn(onPage: Page, forbidden: readonly string[]): string[] {
  return forbidden.filter((text) => !isShort(text) && appears(text, onPage));
}

function warningsOn(onPage: Page, forbidden: readonly string[]): string[] {
  return forbidden
    .filter((text) => isShort(text) && letterCount(text) > 0 && appears(text, onPage))
    .map(
      (text) =>
        `“${text}” is withheld but too short to block the export on its own, and it appears in the printed text: check that it does not refer to what was withheld before you share this.`,
    );
}

/**
 * The forbidden strings that appear in the rendered text of a printout (as pdftotext or the DOM gives it); any one
 * of them must block the export. Strings too short to block are left to `leakWarnings`.
 */
export function findLeaks(renderedText: string, forbidden: readonly string[]): string[] {
  return leaksOn(new Page(renderedText), forbidden);
}

/** Sentences about short forbidden strings (an alias of one or two letters) that do stand as words in the text. */
export function leakWarnings(renderedText: string, forbidden: readonly string[]): string[] {
  return warningsOn(new Page(renderedText), forbidden);
}

/** Both checks at once, normalizing the rendered text once. */
export function checkLeaks(renderedText: string, forbidden: readonly string[]): { leaks: string[]; warnings: string[] } {
  const onPage = new Page(renderedText);
  return { leaks: leaksOn(onPage, forbidden), warnings: warningsOn(onPage, forbidden) };
}
