/** A range of text to highlight, by character offsets [start, end). */
export interface Highlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A stretch of text and every highlight that covers all of it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Highlights covering this stretch, the shortest (innermost) first. */
  readonly ids: readonly string[];
  /** Highlights that begin at this stretch. */
  readonly starting: readonly string[];
}

/**
 * Cuts a text of `length` characters at every highlight boundary, so overlapping highlights can be drawn as
 * nested-looking marks without nesting elements. Ranges outside the text are clipped; empty ones ignored.
 */
export function segmentText(length: number, highlights: readonly Highlight[]): Segment[] {
  const ranges = highlights
    .map((highlight) => ({ ...highlight, start: Math.max(0, highlight.start), end: Math.min(length, highlight.end) }))
    .filter((range) => range.end > range.start)
    .sort((first, second) => first.end - first.start - (second.end - second.start));
  const cuts = [...new Set([0, length, ...ranges.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const covering = ranges.filter((range) => range.start <= start && range.end >= end);
    segments.push({
      start,
      end,
      ids: covering.map((range) => range.id),
      starting: covering.filter((range) => range.start === start).map((range) => range.id),
    });
  }
  return segments;
}
