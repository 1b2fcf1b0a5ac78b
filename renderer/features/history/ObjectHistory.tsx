import { useMemo, useState } from 'react';
import { FailureNotice } from '../../components/FailureNotice';
import { useOpenCase } from '../workspace/case-context';
import { namesOf } from './change-description';
import { HistoryEntryView } from './HistoryEntryView';
import { LoadMore } from './LoadMore';
import { useHistoryPages } from './use-history-pages';

const pageSize = 20;

function Entries({ objectId }: { readonly objectId: string }) {
  const { outline, status } = useOpenCase();
  const { pages, loadMore } = useHistoryPages(outline.case.id, objectId, status?.sequence ?? 0, pageSize);
  const names = useMemo(() => namesOf(outline), [outline]);
  if (pages.phase === 'loading') return <p className="text-sm text-stone-500">Loading the history…</p>;
  if (pages.phase === 'failed') return <FailureNotice failure={pages.error} title="The history could not be read" />;
  if (pages.total === 0) return <p className="text-sm text-stone-500">No recorded changes yet.</p>;
  return (
    <>
      <ol className="space-y-2">
        {pages.entries.map((entry) => (
          <li key={entry.sequence}>
            <HistoryEntryView entry={entry} names={names} />
          </li>
        ))}
      </ol>
      <LoadMore pages={pages} onLoadMore={loadMore} />
    </>
  );
}

/** The changes made to one object, newest first, read only when the reader opens the disclosure. */
export function ObjectHistory({ objectId, what }: { readonly objectId: string; readonly what: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="space-y-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer border-b border-stone-200 pb-1.5 text-sm font-semibold">
        History of {what}
      </summary>
      {open && <Entries objectId={objectId} />}
    </details>
  );
}
