import { Fragment, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Quote } from '../../../shared';
import { segmentText } from '../../lib/highlights';

interface SnapshotTextProps {
  readonly text: string;
  readonly quotes: readonly Quote[];
  readonly selectedId: string | undefined;
  readonly onSelect: (quoteId: string) => void;
}

function activate(event: KeyboardEvent, select: () => void) {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  select();
}

/**
 * The source's offline text with each quote marked by its TextPosition. Overlapping quotes are cut into segments;
 * a segment where a quote begins is a tab stop, and choosing any segment selects its innermost quote. Orphaned
 * quotes are not marked.
 */
export function SnapshotText({ text, quotes, selectedId, onSelect }: SnapshotTextProps) {
  const container = useRef<HTMLDivElement>(null);
  const segments = useMemo(
    // An orphaned quote's words are no longer in the text: marking its old offsets would point at other words.
    () => segmentText(text.length, quotes.filter((quote) => quote.anchor !== 'orphaned').map((quote) => ({ id: quote.id, ...quote.textPosition }))),
    [text, quotes],
  );
  useEffect(() => {
    if (!selectedId) return;
    const mark = container.current?.querySelector<HTMLElement>(`[data-starts~="${selectedId}"]`);
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selectedId]);
  return (
    <div ref={container} className="font-serif text-[0.95rem] leading-7 whitespace-pre-wrap text-stone-900">
      {segments.map((segment) => {
        const content = text.slice(segment.start, segment.end);
        const innermost = segment.ids[0];
        if (!innermost) return <Fragment key={segment.start}>{content}</Fragment>;
        return (
          <mark
            key={segment.start}
            role="button"
            tabIndex={segment.starting.length > 0 ? 0 : -1}
            title={segment.ids.length > 1 ? `${segment.ids.length} overlapping quotes` : 'Show this quote'}
            className="quote-mark"
            data-starts={segment.starting.join(' ') || undefined}
            data-depth={Math.min(segment.ids.length, 3)}
            data-selected={selectedId !== undefined && segment.ids.includes(selectedId)}
            onClick={() => onSelect(innermost)}
            onKeyDown={(event) => activate(event, () => onSelect(innermost))}
          >
            {content}
          </mark>
        );
      })}
    </div>
  );
}
