import type { TextRange } from '../../../shared';

/**
 * Text with the given ranges wrapped in <mark>: the core sends offsets, never HTML, so nothing in a case's text
 * can become markup here. Ranges are expected in order and apart, as the core makes them.
 */
export function MarkedText({ text, ranges }: { readonly text: string; readonly ranges: readonly TextRange[] }) {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(at, range.start);
    const end = Math.min(text.length, range.end);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return (
    <>
      {pieces.map((piece, index) =>
        piece.marked ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-px text-inherit">
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}
