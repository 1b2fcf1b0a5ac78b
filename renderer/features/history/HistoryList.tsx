import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import type { HistoryEntry } from '../../../shared';
import { VirtualRows } from '../../components/VirtualRows';
import { HistoryEntryView } from './HistoryEntryView';

interface HistoryListProps {
  readonly entries: readonly HistoryEntry[];
  /** How many entries the history holds, loaded or not. */
  readonly total: number;
  readonly names: ReadonlyMap<string, string>;
  readonly label: string;
  /** Shown after the last loaded entry: the "Load more" control. */
  readonly footer: ReactNode;
}

/**
 * The case's history, newest first, with only the entries in view in the page. The list scrolls on its own, so it
 * takes keyboard focus to be scrolled with the arrow keys; each entry says its place in the whole history.
 */
export function HistoryList({ entries, total, names, label, footer }: HistoryListProps) {
  const scrollElement = useRef<HTMLDivElement>(null);
  // Dossier does not run the React Compiler, whose memoization this hook's mutable instance would defeat.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => 150,
    gap: 8,
    overscan: 4,
    getItemKey: (index) => entries[index]?.sequence ?? index,
  });
  return (
    <div ref={scrollElement} role="region" aria-label={label} tabIndex={0} className="min-h-0 flex-1 overflow-y-auto px-8 py-4">
      <VirtualRows
        className="max-w-3xl"
        virtualizer={virtualizer}
        setSize={total}
        renderRow={(index) => {
          const entry = entries[index];
          return entry && <HistoryEntryView entry={entry} names={names} />;
        }}
      />
      <div className="max-w-3xl pt-3">{footer}</div>
    </div>
  );
}
