import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { indexAfterKey, withPinned } from '../../lib/list-keys';

/** Which item holds the list's one tab stop: the last one focused, until the selected item changes. */
interface Cursor {
  readonly id: string;
  readonly selection: string | undefined;
}

interface RovingListOptions {
  readonly ids: readonly string[];
  /** The item shown as current (the open page); it starts as the tab stop and is scrolled into view. */
  readonly selectedId: string | undefined;
  readonly estimateSize: number;
}

/**
 * A virtualized list of links navigated like one control: a single tab stop, moved with the arrow keys, Page
 * Up/Down, Home and End. The focused and the selected items stay rendered even when scrolled out of view, so
 * focus is never lost to an unmounted row. Items carry `data-item-id` so focus can find them.
 */
export function useRovingVirtualList({ ids, selectedId, estimateSize }: RovingListOptions) {
  const selectedIndex = ids.indexOf(selectedId ?? '');
  const [cursor, setCursor] = useState<Cursor>();
  const cursorIndex = cursor && cursor.selection === selectedId ? ids.indexOf(cursor.id) : -1;
  const tabStop = cursorIndex >= 0 ? cursorIndex : Math.max(selectedIndex, 0);
  const scrollElement = useRef<HTMLDivElement>(null);
  const focusPending = useRef<string>(undefined);
  const rangeExtractor = useCallback((range: Range) => withPinned(defaultRangeExtractor(range), [tabStop, selectedIndex]), [tabStop, selectedIndex]);
  // Dossier does not run the React Compiler, whose memoization this hook's mutable instance would defeat.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => estimateSize,
    gap: 2,
    // Room for the focus outline of the first and last rows, which the scroll area would otherwise clip.
    paddingStart: 4,
    paddingEnd: 4,
    scrollPaddingStart: 4,
    scrollPaddingEnd: 4,
    overscan: 6,
    getItemKey: (index) => ids[index] ?? index,
    rangeExtractor,
  });

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex);
  }, [selectedIndex, virtualizer]);

  useEffect(() => {
    const id = focusPending.current;
    focusPending.current = undefined;
    const items = scrollElement.current?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [];
    if (id) [...items].find((item) => item.dataset.itemId === id)?.focus();
  }, [cursor]);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = indexAfterKey(event.key, tabStop, ids.length);
    const id = next === undefined ? undefined : ids[next];
    if (next === undefined || id === undefined) return;
    event.preventDefault();
    focusPending.current = id;
    setCursor({ id, selection: selectedId });
    virtualizer.scrollToIndex(next);
  };
  const focused = (id: string) => setCursor({ id, selection: selectedId });
  return { scrollElement, virtualizer, tabStop, onKeyDown, focused };
}
