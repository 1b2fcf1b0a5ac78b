/**
 * Finding names in text the way a reader would see them, in any script. Shared by the redaction (which replaces
 * names in what is printed) and the leak check (which looks for them in what was rendered), so the two agree.
 */

/** Characters that take no space on the page: soft hyphen, zero-width marks, joiners, direction marks, BOM. */
const invisibleClass = '\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const invisibles = new RegExp(`[${invisibleClass}]`, 'gu');
/** What may stand between the words of a name: spaces and line breaks, and the ways file names join words. */
const separator = `[\\s_.\\-\\u2010\\u2011${invisibleClass}]+`;
const wordCharacter = '[\\p{L}\\p{M}\\p{N}]';

/**
 * Scripts written with spaces between words and no particles fused onto names: there a name must stand as a whole
 * word, or "Ali" would be found in "reality". Elsewhere a name is matched anywhere: Chinese and Japanese put no
 * spaces between words, Arabic, Persian and Hebrew join prefixes such as "و" (and) or "ب" (with) to the name, Korean
 * adds particles. A match inside a longer word there takes out a little too much, which is the safe side to err on.
 */
const spacedScript = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;
/** Russian, Ukrainian and other Cyrillic names decline ("Иванов", "Иванова", "Иванову"): the ending goes with them. */
const inflectedScript = /\p{Script=Cyrillic}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

function isSeparator(character: string | undefined): boolean {
  return character !== undefined && /[\s.\-\u2010\u2011]/u.test(character);
}

function escaped(character: string): string {
  return /[\\^$.*+?()[\]{}|/]/u.test(character) ? `\\${character}` : character;
}

export function withoutInvisibles(text: string): string {
  return text.replace(invisibles, '');
}

/** A name as the matcher sees it: composed, invisibles dropped, spacing and joiners between words collapsed. */
export function cleanedName(name: string): string {
  return withoutInvisibles(name.normalize('NFC')).replace(/[\s_]+/gu, ' ').trim();
}

/** The letters and digits in a string, the measure of whether it is long enough to look for safely. */
export function letterCount(text: string): number {
  return [...text].filter((character) => letterOrDigit.test(character)).length;
}

/** True when every letter of the name is in a script that separates words with spaces. */
export function isSpacedName(name: string): boolean {
  return [...name].every((character) => !letterOrDigit.test(character) || spacedScript.test(character));
}

/** Between two letters of an unspaced script, a PDF's text may break the line; elsewhere only invisibles. */
function gapAfter(character: string, next: string): string {
  const unspaced = (value: string) => letterOrDigit.test(value) && !spacedScript.test(value);
  return unspaced(character) || unspaced(next) ? `[\\s${invisibleClass}]*` : `[${invisibleClass}]*`;
}

/** A regular expression source (for the `giu` flags) that finds the name, or undefined when it has no letters. */
export function namePattern(name: string): string | undefined {
  const characters = [...cleanedName(name)];
  if (characters.length === 0 || letterCount(name) === 0) return undefined;
  const body = characters
    .map((character, index) => {
      if (isSeparator(character)) return isSeparator(characters[index - 1]) ? '' : separator;
      const next = characters[index + 1];
      const gap = next === undefined || isSeparator(next) ? '' : gapAfter(character, next);
      return escaped(character) + gap;
    })
    .join('');
  const first = characters[0]!;
  const last = characters[characters.length - 1]!;
  const start = spacedScript.test(first) ? `(?<!${wordCharacter})` : '';
  const ending = inflectedScript.test(last) ? '\\p{L}{0,3}' : '';
  const end = spacedScript.test(last) ? `${ending}(?!${wordCharacter})` : '';
  return `${start}${body}${end}`;
}

export interface NameReplacement {
  /** The name and its aliases. */
  readonly names: readonly string[];
  /** What each of them becomes: a pseudonym such as "Person A", or a neutral marker. */
  readonly replacement: string;
}

/**
 * A function that replaces every name with its replacement in a text, case-insensitively. The longest names are
 * tried first at each place, so "Ahmad Hassan" becomes one pseudonym rather than "Ahmad" and a leftover surname.
 */
export function nameReplacer(replacements: readonly NameReplacement[]): (text: string) => string {
  const alternatives = replacements
    .flatMap((entry) => entry.names.map((name) => ({ pattern: namePattern(name), length: cleanedName(name).length, entry })))
    .filter((alternative): alternative is typeof alternative & { pattern: string } => alternative.pattern !== undefined)
    .sort((left, right) => right.length - left.length);
  if (alternatives.length === 0) return (text) => text;
  const expression = new RegExp(alternatives.map((alternative) => `(${alternative.pattern})`).join('|'), 'giu');
  return (text) =>
    text === ''
      ? text
      : text.normalize('NFC').replace(expression, (...groups: unknown[]) => {
          const index = groups.slice(1, alternatives.length + 1).findIndex((group) => group !== undefined);
          return alternatives[index]!.entry.replacement;
        });
}
