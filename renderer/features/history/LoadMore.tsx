import type { HistoryPages } from './use-history-pages';

/** "Load more" under a history list, saying how much is shown; nothing once everything is. */
export function LoadMore({ pages, onLoadMore }: { readonly pages: Extract<HistoryPages, { phase: 'ready' }>; readonly onLoadMore: () => void }) {
  const { entries, total, more } = pages;
  if (entries.length >= total) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <button type="button" className="button" disabled={more === 'loading'} onClick={onLoadMore}>
        {more === 'loading' ? 'Loading…' : 'Load more'}
      </button>
      <span className="text-stone-600">
        Showing {entries.length.toLocaleString()} of {total.toLocaleString()}
      </span>
      {typeof more === 'object' && (
        <p role="alert" className="w-full text-red-800">
          {more.message}
        </p>
      )}
    </div>
  );
}
