import type { Snippet, TextRange } from '../../../shared';
import { foldedText, isWordCharacter, normalisedWord, termOf, wordMatches, type QueryWord } from './text-terms';

/** About two lines of a results list, with a little of what comes before the first hit. */
const snippetLength = 200;
const leadIn = 60;
const ellipsis = '…';
/** Windows tried for the snippet: a text full of hits needs no more than its first few. */
const mostWindows = 20;

/** A matched word, and which query word it matched. */
interface Match extends TextRange {
  readonly word: number;
}

/** Word by word: for text whose folded form does not keep its offsets (rare scripts, decomposed accents). */
function matchesByWord(text: string, words: readonly QueryWord[]): Match[] {
  const found: Match[] = [];
  const pattern = /[\p{L}\p{N}]+/gu;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const normalised = normalisedWord(match[0]);
    const word = words.findIndex((candidate) => wordMatches(candidate, normalised));
    if (word >= 0) found.push({ start: match.index, end: match.index + match[0].length, word });
  }
  return found;
}

/** Each query word looked for in the folded text, kept where it begins a word (and ends one, unless a prefix). */
function matchesBySearch(folded: string, words: readonly QueryWord[]): Match[] {
  const found: Match[] = [];
  words.forEach(({ term, prefix }, word) => {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (at > 0 && isWordCharacter(folded.charCodeAt(at - 1))) continue;
      let end = at + term.length;
      if (prefix) while (end < folded.length && isWordCharacter(folded.charCodeAt(end))) end += 1;
      else if (end < folded.length && isWordCharacter(folded.charCodeAt(end))) continue;
      if (termOf(folded.slice(at, end)) !== undefined) found.push({ start: at, end, word });
    }
  });
  // Two query words can match the same word of the text ("fire" and the prefix "fi"): keep it once.
  found.sort((first, second) => first.start - second.start);
  return found.filter((match, index) => index === 0 || match.start >= found[index - 1]!.end);
}

function matchesIn(text: string, words: readonly QueryWord[]): Match[] {
  if (words.length === 0) return [];
  const folded = foldedText(text);
  return folded === undefined ? matchesByWord(text, words) : matchesBySearch(folded, words);
}

/** The ranges of the words in a text that match the query, in order. */
export function matchedRanges(text: string, words: readonly QueryWord[]): TextRange[] {
  return matchesIn(text, words).map(({ start, end }) => ({ start, end }));
}

/** A window start moved forward to the next word, so the snippet does not begin in the middle of one. */
function wordStart(text: string, position: number): number {
  if (position <= 0) return 0;
  const space = text.indexOf(' ', position);
  return space < 0 ? position : space + 1;
}

/** A window end moved back to the end of the last whole word. */
function wordEnd(text: string, position: number): number {
  if (position >= text.length) return text.length;
  const space = text.lastIndexOf(' ', position);
  return space <= 0 ? position : space;
}

/** The match to centre the snippet on: the earliest whose window holds the most different query words. */
function bestAnchor(matches: readonly Match[], words: number): Match | undefined {
  let best: Match | undefined;
  let bestCount = 0;
  for (const anchor of matches.slice(0, mostWindows)) {
    const from = anchor.start - leadIn;
    const seen = new Set(matches.filter((match) => match.start >= from && match.end <= from + snippetLength).map((match) => match.word));
    if (seen.size > bestCount) [best, bestCount] = [anchor, seen.size];
    if (bestCount === words) break;
  }
  return best;
}

/**
 * A short extract of `text` around its hits, cut at word boundaries and marked with an ellipsis where text was
 * left out, with the matched words' ranges in the extract. `at` is where its first hit stands in `text`.
 */
export function snippetOf(text: string, words: readonly QueryWord[]): { snippet: Snippet; at: number | undefined } {
  const matches = matchesIn(text, words);
  const best = bestAnchor(matches, words.length);
  const anchor = best?.start ?? 0;
  const start = best && anchor - leadIn > 0 ? Math.min(anchor, wordStart(text, anchor - leadIn)) : 0;
  const end = Math.max(best?.end ?? 0, wordEnd(text, start + snippetLength));
  const before = start > 0 ? ellipsis : '';
  const after = end < text.length ? ellipsis : '';
  const shift = before.length - start;
  const ranges = matches.filter((match) => match.start >= start && match.end <= end).map((match) => ({ start: match.start + shift, end: match.end + shift }));
  return { snippet: { text: `${before}${text.slice(start, end)}${after}`, ranges }, at: best?.start };
}
