import { useCallback, useEffect, useState } from 'react';
import type { Failure, HistoryEntry, HistoryPage } from '../../../shared';
import { useApi } from '../../api';

export type HistoryPages =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly error: Failure }
  | {
      readonly phase: 'ready';
      /** Newest first, as far as loaded. */
      readonly entries: readonly HistoryEntry[];
      readonly total: number;
      readonly more: 'idle' | 'loading' | Failure;
    };

interface Loaded {
  /** Which history these entries belong to: the case's, or one object's. */
  readonly list: string;
  readonly entries: readonly HistoryEntry[];
  readonly total: number;
}

/**
 * Puts a fresh first page on top of what is loaded: history only grows, so entries newer than the newest loaded
 * are new records. If the page holds nothing already loaded, records were skipped in between, so it starts over.
 */
export function withNewestPage(loaded: Loaded, page: HistoryPage): Loaded {
  const newest = loaded.entries[0]?.sequence ?? 0;
  const fresh = page.entries.filter((entry) => entry.sequence > newest);
  const gap = fresh.length === page.entries.length && page.total > loaded.entries.length + fresh.length;
  return { ...loaded, entries: gap ? page.entries : [...fresh, ...loaded.entries], total: page.total };
}

/** Adds an older page below; entries already shown (offsets shift when records are added) are not repeated. */
export function withOlderPage(loaded: Loaded, page: HistoryPage): Loaded {
  const oldest = loaded.entries.at(-1)?.sequence ?? Number.POSITIVE_INFINITY;
  return { ...loaded, entries: [...loaded.entries, ...page.entries.filter((entry) => entry.sequence < oldest)], total: page.total };
}

/**
 * Reads a case's history (or one object's) a page at a time, newest first. `revision` is the case's last record:
 * when it moves (an edit, an undo), the newest page is read again and put on top of what is loaded.
 */
export function useHistoryPages(caseId: string, objectId: string | undefined, revision: number, pageSize: number) {
  const { call } = useApi();
  const list = `${caseId}/${objectId ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded>();
  const [failed, setFailed] = useState<{ readonly list: string; readonly error: Failure }>();
  const [more, setMore] = useState<'idle' | 'loading' | Failure>('idle');

  useEffect(() => {
    let current = true;
    void call('case.history', { caseId, objectId, offset: 0, limit: pageSize }).then((result) => {
      if (!current) return;
      if (!result.ok) return setFailed({ list, error: result.error });
      setLoaded((previous) => (previous?.list === list ? withNewestPage(previous, result.value) : { list, ...result.value }));
    });
    return () => {
      current = false;
    };
  }, [call, caseId, objectId, list, pageSize, revision]);

  const offset = loaded?.list === list ? loaded.entries.length : 0;
  const loadMore = useCallback(async () => {
    setMore('loading');
    const result = await call('case.history', { caseId, objectId, offset, limit: pageSize });
    setMore(result.ok ? 'idle' : result.error);
    if (result.ok) setLoaded((previous) => (previous?.list === list ? withOlderPage(previous, result.value) : previous));
  }, [call, caseId, objectId, list, offset, pageSize]);

  const pages: HistoryPages =
    loaded?.list === list
      ? { phase: 'ready', entries: loaded.entries, total: loaded.total, more }
      : failed?.list === list
        ? { phase: 'failed', error: failed.error }
        : { phase: 'loading' };
  return { pages, loadMore: () => void loadMore() };
}
