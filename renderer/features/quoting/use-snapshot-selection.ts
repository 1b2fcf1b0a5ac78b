import { useEffect, useState, type RefObject } from 'react';
import { selectionOffsets, type TextSpan } from './selection-offsets';

/** True for an element that takes typing: focusing one moves the document's selection into it. */
function isField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

/**
 * The passage of the snapshot text the user has selected, by character offsets, kept up to date as the selection
 * changes (by mouse, by keyboard, or by script). Undefined when nothing of the text is selected.
 */
export function useSnapshotSelection(container: RefObject<HTMLElement | null>): TextSpan | undefined {
  const [span, setSpan] = useState<TextSpan>();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const update = () => {
      // Typing in the command palette's search box moves the selection there; the passage chosen in the text
      // must stay chosen so that "New quote from the selection" can still be run from the palette.
      if (isField(document.activeElement)) return;
      const selection = document.getSelection();
      const next = selection ? selectionOffsets(element, selection) : undefined;
      setSpan((previous) => (previous?.start === next?.start && previous?.end === next?.end ? previous : next));
    };
    document.addEventListener('selectionchange', update);
    element.addEventListener('mouseup', update);
    element.addEventListener('keyup', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      element.removeEventListener('mouseup', update);
      element.removeEventListener('keyup', update);
    };
  }, [container]);
  return span;
}
