import type { TextRange } from '../../../shared';

/** About 250 words a passage: long enough to hold a thought, short enough that a hit points close to its place. */
const shortestPassage = 1_200;
const longestPassage = 2_000;

/** Where to end a passage that has reached its shortest length: a paragraph, else a sentence, else a space. */
function passageEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + longestPassage);
  if (limit === text.length) return limit;
  const window = text.slice(from + shortestPassage, limit);
  const paragraph = window.indexOf('\n');
  if (paragraph >= 0) return from + shortestPassage + paragraph + 1;
  const sentence = window.search(/[.!?]\s/);
  if (sentence >= 0) return from + shortestPassage + sentence + 2;
  const space = text.lastIndexOf(' ', limit);
  return space > from + shortestPassage ? space + 1 : limit;
}

/**
 * Cuts a source's offline text into passages, each indexed as a document of its own so a hit can be shown in
 * context and opened at its place. Cuts fall at paragraph or sentence ends, so no word is split across two. One
 * at a time: a text of a million characters is cut while it is indexed, in the same slices.
 */
export function* passagesOf(text: string): Generator<TextRange> {
  for (let start = 0; start < text.length; ) {
    const end = passageEnd(text, start);
    yield { start, end };
    start = end;
  }
}
