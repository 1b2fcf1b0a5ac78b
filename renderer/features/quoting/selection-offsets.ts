/** A passage of the snapshot text by character offsets, [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** How many characters of the container's text come before a point (node, offset) inside it. */
function charactersBefore(container: Node, node: Node, offset: number): number {
  const range = container.ownerDocument!.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  // A range's text is the text of the Text nodes it spans, whatever elements (highlight marks) they sit in.
  return range.toString().length;
}

function firstRange(selection: Selection | Range): Range | undefined {
  if (!('rangeCount' in selection)) return selection;
  return selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
}

/**
 * Maps a selection in the rendered snapshot to character offsets in the snapshot text. The text is drawn as Text
 * nodes, some inside <mark> highlights, so a selection's ends may sit in any of them, or between them; only the
 * characters count. A selection reaching beyond the container is cut to it. Undefined when nothing of the text is
 * selected.
 */
export function selectionOffsets(container: Node, selection: Selection | Range): TextSpan | undefined {
  const range = firstRange(selection);
  if (!range || range.collapsed) return undefined;
  const whole = container.ownerDocument!.createRange();
  whole.selectNodeContents(container);
  // Nothing of the container lies between the selection's ends when it ends before the text or starts after it.
  if (range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0 || range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0) {
    return undefined;
  }
  const length = whole.toString().length;
  const startsInside = range.compareBoundaryPoints(Range.START_TO_START, whole) >= 0;
  const endsInside = range.compareBoundaryPoints(Range.END_TO_END, whole) <= 0;
  const start = startsInside ? charactersBefore(container, range.startContainer, range.startOffset) : 0;
  const end = endsInside ? charactersBefore(container, range.endContainer, range.endOffset) : length;
  return end > start ? { start, end } : undefined;
}
