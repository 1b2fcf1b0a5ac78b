import { useEffect, useMemo, useState } from 'react';
import type { Failure, Result, SearchAnswer, SearchQueryInput } from '../../../shared';
import { useApi } from '../../api';

export type SearchState =
  /** Nothing to look for: no text and no filter. */
  | { readonly status: 'idle' }
  | { readonly status: 'searching' }
  /** `searching` is true while a newer query is on its way and `answer` is the last one that came back. */
  | { readonly status: 'ready'; readonly answer: SearchAnswer; readonly searching: boolean }
  | { readonly status: 'failed'; readonly error: Failure };

interface Settled {
  readonly request: string;
  readonly result: Result<SearchAnswer>;
}

/** How often to ask again while the case is still being indexed, so results fill in as the index grows. */
const indexingPollMilliseconds = 600;

/** Whether a query asks for anything: text to look for, or at least one filter. */
export function asksForSomething(query: SearchQueryInput): boolean {
  const { tags = [], status = [], reliability = [], credibility = [], entityId, dateFrom = '', dateTo = '' } = query.filters ?? {};
  const filtered = tags.length + status.length + reliability.length + credibility.length > 0 || entityId !== undefined || dateFrom !== '' || dateTo !== '';
  return query.text?.trim() !== '' || filtered;
}

/**
 * Asks `case.search` as the user types: a little after the last change (a burst of keystrokes is one call), and
 * only the answer to the latest query is shown; an answer that comes back after a newer query was made is dropped.
 * Meanwhile the last answer stays on screen. While the case is still being indexed it asks again, so results fill in.
 */
export function useSearch(query: SearchQueryInput | undefined, debounceMilliseconds: number): SearchState {
  const { call } = useApi();
  const request = query && asksForSomething(query) ? JSON.stringify(query) : undefined;
  const [settled, setSettled] = useState<Settled>();
  const [poll, setPoll] = useState(0);
  useEffect(() => {
    if (request === undefined) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      void call('case.search', JSON.parse(request) as SearchQueryInput).then((result) => {
        if (current) setSettled({ request, result });
      });
    }, debounceMilliseconds);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [call, request, debounceMilliseconds, poll]);
  const indexing = settled !== undefined && settled.request === request && settled.result.ok && settled.result.value.indexing !== undefined;
  useEffect(() => {
    if (!indexing) return undefined;
    const timer = setTimeout(() => setPoll((previous) => previous + 1), indexingPollMilliseconds);
    return () => clearTimeout(timer);
  }, [indexing, settled]);
  return useMemo((): SearchState => {
    if (request === undefined) return { status: 'idle' };
    if (!settled) return { status: 'searching' };
    const { result } = settled;
    const searching = settled.request !== request;
    if (!result.ok) return searching ? { status: 'searching' } : { status: 'failed', error: result.error };
    return { status: 'ready', answer: result.value, searching };
  }, [request, settled]);
}
