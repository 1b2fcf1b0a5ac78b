import type { Virtualizer } from '@tanstack/react-virtual';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';

interface VirtualRowsProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'children'> {
  readonly virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** How many items the whole list holds, rendered or not, so each row can say "3 of 20,000". */
  readonly setSize: number;
  readonly renderRow: (index: number) => ReactNode;
}

/** The rows a virtualizer has in view (and any it keeps rendered), each measured and placed at its offset. */
export function VirtualRows({ virtualizer, setSize, renderRow, className = '', style, ...list }: VirtualRowsProps) {
  return (
    <ul {...list} className={`relative ${className}`} style={{ ...style, height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          aria-setsize={setSize}
          aria-posinset={row.index + 1}
          className="absolute inset-x-0 top-0"
          style={{ transform: `translateY(${row.start}px)` }}
        >
          {renderRow(row.index)}
        </li>
      ))}
    </ul>
  );
}
