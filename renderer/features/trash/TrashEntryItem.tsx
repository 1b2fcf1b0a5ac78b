import { useId } from 'react';
import type { TrashListing } from '../../../shared';
import { Timestamp } from '../../components/Dates';

interface TrashEntryItemProps {
  readonly entry: TrashListing;
  readonly busy: boolean;
  readonly readOnly: boolean;
  readonly onRestore: () => void;
  readonly onPurge: () => void;
}

/** One deletion in the trash: what it was, when, what it holds, and the two things that can be done with it. */
export function TrashEntryItem({ entry, busy, readOnly, onRestore, onPurge }: TrashEntryItemProps) {
  const labelId = useId();
  const detailsId = useId();
  return (
    <li aria-labelledby={labelId} aria-describedby={detailsId} className="flex flex-wrap items-start justify-between gap-3 px-3 py-2.5">
      <div className="min-w-0 flex-1">
        <p id={labelId} className="text-sm font-medium break-words">
          {entry.label}
        </p>
        <p id={detailsId} className="mt-0.5 text-xs text-stone-600">
          <Timestamp iso={entry.deletedAt} /> · {entry.contents}
        </p>
      </div>
      <div className="flex shrink-0 gap-2">
        <button type="button" className="button px-2 py-1 text-xs" aria-describedby={labelId} disabled={busy || readOnly} onClick={onRestore}>
          Restore
        </button>
        <button type="button" className="button px-2 py-1 text-xs text-red-700" aria-describedby={labelId} disabled={busy || readOnly} onClick={onPurge}>
          Delete for good
        </button>
      </div>
    </li>
  );
}
