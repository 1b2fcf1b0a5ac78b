/**
 * How text becomes searchable terms: words are runs of letters and digits, compared without case or accents
 * ("Zürich" is found by "zurich"), and the commonest English words are left out: they would match nearly every
 * passage, cost the most to look up and rank nothing.
 */

const stopWords = new Set(
  (
    'a about after all also an and any are as at be been but by can could did do does for from had has have he her ' +
    'him his how i if in into is it its me my no not of on or our she so than that the their them then there these ' +
    'they this those to was we were what when where which while who will with would you your'
  ).split(' '),
);

const combiningMarks = /\p{M}/gu;
// Beyond printable ASCII (accents, other scripts) a character needs Unicode normalisation; plain text skips it.
const beyondAscii = /[^\t\n\r -~]/;
const eachBeyondAscii = /[^\t\n\r -~]/g;
const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is part of a word: a letter or digit of any script. */
export function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return wordCharacter.test(String.fromCharCode(code));
}

/** Characters as folded so far: text repeats the same few accented letters, and normalising each costs. */
const foldedCharacters = new Map<string, string>();

/** A character without its accents ("ü" → "u"); a combining accent on its own becomes nothing. */
function foldedCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = character.normalize('NFD').replace(combiningMarks, '');
    foldedCharacters.set(character, folded);
  }
  return folded;
}

/** Lower case, accents removed: the form every word is indexed and looked up under. */
function folded(text: string): string {
  const lower = text.toLowerCase();
  return beyondAscii.test(lower) ? lower.replace(eachBeyondAscii, foldedCharacter) : lower;
}

/** The form a word is indexed and looked up under: lower case, accents removed. */
export function normalisedWord(word: string): string {
  return folded(word);
}

/**
 * A text folded as words are, when every character keeps its offset (true of Latin, Greek and Cyrillic text with
 * precomposed accents), so a word found in it is found at the same place in the text; undefined otherwise.
 */
export function foldedText(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  if (!beyondAscii.test(lower)) return lower;
  let aligned = true;
  const result = lower.replace(eachBeyondAscii, (character) => {
    const replacement = foldedCharacter(character);
    aligned &&= replacement.length === 1;
    return replacement;
  });
  return aligned ? result : undefined;
}

/** The term a normalised word is indexed under, or undefined for a single character or a stop word. */
export function termOf(normalised: string): string | undefined {
  return normalised.length < 2 || stopWords.has(normalised) ? undefined : normalised;
}

/**
 * Calls `visit` with every indexable term of a text, in order. The text is folded once and walked a character
 * code at a time: on the benchmark case this indexes several times faster than a Unicode pattern per word.
 */
export function forEachTerm(text: string, visit: (term: string) => void): void {
  const words = folded(text);
  let start = -1;
  for (let index = 0; index <= words.length; index += 1) {
    const inWord = index < words.length && isWordCharacter(words.charCodeAt(index));
    if (inWord && start < 0) start = index;
    else if (!inWord && start >= 0) {
      const term = termOf(words.slice(start, index));
      if (term !== undefined) visit(term);
      start = -1;
    }
  }
}

/** One word of a query: the last word being typed also matches the words it begins. */
export interface QueryWord {
  readonly term: string;
  readonly prefix: boolean;
}

/** Words shorter than this match only whole words while being typed: "a" or "th" would match half the case. */
const shortestPrefix = 2;
/** Earlier words are whole words the user has finished, but still find their longer forms (bribe → bribery). */
const shortestFinishedPrefix = 4;
const mostWords = 12;

/**
 * The words of a query, in order, duplicates and stop words removed. The last word is matched as a prefix unless
 * the text ends with a space (the user has finished it); while it is being typed even a stop word counts, since
 * "the" is on its way to "theft" and finds only words the index keeps.
 */
export function queryWords(text: string): QueryWord[] {
  const normalised = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(normalisedWord);
  const typing = /[\p{L}\p{N}]$/u.test(text) ? normalised.pop() : undefined;
  const words: QueryWord[] = [];
  const add = (word: QueryWord) => {
    if (words.length < mostWords && !words.some((existing) => existing.term === word.term)) words.push(word);
  };
  for (const word of normalised) {
    const term = termOf(word);
    if (term !== undefined) add({ term, prefix: term.length >= shortestFinishedPrefix });
  }
  if (typing !== undefined && typing.length >= shortestPrefix) add({ term: typing, prefix: true });
  return words;
}

/** Whether a word of a document matches a query word, for highlighting it: only words the index keeps. */
export function wordMatches(word: QueryWord, normalised: string): boolean {
  if (termOf(normalised) === undefined) return false;
  return word.prefix ? normalised.startsWith(word.term) : normalised === word.term;
}
