import type { Quote } from './quote';
import { selectorsFor } from './selectors';

type Anchorable = Pick<Quote, 'textQuote' | 'textPosition' | 'anchor'>;

/**
 * What became of a quote when its source's text changed:
 * - `kept`: its exact text is still at the same place (its prefix and suffix are refreshed from the new text);
 * - `moved`: its text is found elsewhere, and its stored prefix and suffix surround exactly one occurrence;
 * - `orphaned`: it was anchored and can no longer be placed without doubt;
 * - `still-orphaned`: it was orphaned before and is not back where it was;
 * - `restored`: it was orphaned and its text and context are back exactly where they were.
 */
export type AnchorOutcome = 'kept' | 'moved' | 'orphaned' | 'still-orphaned' | 'restored';

export interface Reanchored<Q extends Anchorable> {
  readonly outcome: AnchorOutcome;
  /** The quote as the new text leaves it; the very same object when nothing about it changed. */
  readonly quote: Q;
}

/** True when `text` holds `part` starting at `at`; compares in place, without copying a large text. */
function holdsAt(text: string, part: string, at: number): boolean {
  return at >= 0 && at + part.length <= text.length && text.startsWith(part, at);
}

/** Where the quote's whole stored context (prefix, exact, suffix) occurs in the text: none, one, or more than one. */
function contextOccurrence(text: string, quote: Anchorable): number | 'none' | 'several' {
  const { prefix, exact, suffix } = quote.textQuote;
  // A plain substring search: never a regular expression built from user text, and linear on large texts.
  const needle = prefix + exact + suffix;
  const first = text.indexOf(needle);
  if (first < 0) return 'none';
  // Searching again from the next character finds overlapping occurrences too ("aa" twice in "aaa").
  return text.indexOf(needle, first + 1) >= 0 ? 'several' : first + prefix.length;
}

function placedAt<Q extends Anchorable>(quote: Q, text: string, start: number): Q {
  const selectors = selectorsFor(text, start, start + quote.textQuote.exact.length);
  const same =
    quote.anchor === 'anchored' &&
    selectors.textPosition.start === quote.textPosition.start &&
    selectors.textQuote.prefix === quote.textQuote.prefix &&
    selectors.textQuote.suffix === quote.textQuote.suffix;
  return same ? quote : { ...quote, ...selectors, anchor: 'anchored' };
}

/**
 * Places a quote in its source's new text. An orphaned quote keeps its stored selectors, the evidence of what it
 * quoted. It comes back only when its prefix, exact text and suffix are all found again at its stored position:
 * that is where it was, not a guess. It is never moved to text found elsewhere, because its stored position and
 * context describe a text that is gone, and placing it by them would re-attach it silently.
 */
export function reanchor<Q extends Anchorable>(quote: Q, text: string): Reanchored<Q> {
  const { start } = quote.textPosition;
  const { prefix, exact, suffix } = quote.textQuote;
  if (quote.anchor === 'orphaned') {
    const back = holdsAt(text, prefix + exact + suffix, start - prefix.length);
    return back ? { outcome: 'restored', quote: { ...quote, anchor: 'anchored' } } : { outcome: 'still-orphaned', quote };
  }
  if (holdsAt(text, exact, start)) return { outcome: 'kept', quote: placedAt(quote, text, start) };
  const found = contextOccurrence(text, quote);
  if (typeof found === 'number') return { outcome: 'moved', quote: placedAt(quote, text, found) };
  return { outcome: 'orphaned', quote: { ...quote, anchor: 'orphaned' } };
}
