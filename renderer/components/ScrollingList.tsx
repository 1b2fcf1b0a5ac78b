import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { VirtualRows } from './VirtualRows';

interface ScrollingListProps<T> {
  readonly items: readonly T[];
  readonly label: string;
  /** A row's usual height in pixels; rows are measured once shown, so this only has to be near. */
  readonly estimateSize: number;
  readonly renderItem: (item: T) => ReactNode;
  readonly className?: string;
}

/**
 * A list in its own scrolling box at most about 24 rows high, with only the rows in view in the page: a case can
 * list thousands of sources or people, which rendered whole would freeze the screen for seconds.
 */
export function ScrollingList<T>({ items, label, estimateSize, renderItem, className = '' }: ScrollingListProps<T>) {
  const scrollElement = useRef<HTMLDivElement>(null);
  // Dossier does not run the React Compiler, whose memoization this hook's mutable instance would defeat.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => estimateSize,
    overscan: 8,
  });
  return (
    <div ref={scrollElement} className={`max-h-[36rem] overflow-y-auto ${className}`}>
      <VirtualRows aria-label={label} virtualizer={virtualizer} setSize={items.length} renderRow={(index) => renderItem(items[index]!)} />
    </div>
  );
}
