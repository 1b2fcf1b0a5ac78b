import { useCallback, useEffect, useState } from 'react';

export interface Progress {
  /** How many items may be rendered now. */
  readonly shown: number;
  readonly total: number;
  readonly complete: boolean;
  readonly cancelled: boolean;
  readonly cancel: () => void;
  readonly resume: () => void;
}

/**
 * Lets a long list render a slice at a time, yielding to the browser between slices so the page stays responsive
 * and can show how far it has got. Starts again from the first slice whenever `key` changes (new options, new case).
 * Each slice doubles what is shown (50, 100, 200, 400…): every slice lays the whole growing document out again, so
 * equal slices would cost layout passes in proportion to the list's length (20 for 1,000 items), doubling ones only
 * its logarithm, while the first slice still appears as soon as before.
 */
export function useProgressive(total: number, key: unknown, slice = 50): Progress {
  const [state, setState] = useState({ key, shown: Math.min(total, slice), cancelled: false });
  const current = state.key === key ? state : { key, shown: Math.min(total, slice), cancelled: false };
  if (current !== state) setState(current);
  const { shown, cancelled } = current;
  useEffect(() => {
    if (cancelled || shown >= total) return;
    const timer = setTimeout(() => {
      setState((previous) => (previous.key === key ? { ...previous, shown: Math.min(total, previous.shown + Math.max(slice, previous.shown)) } : previous));
    }, 0);
    return () => clearTimeout(timer);
  }, [key, shown, total, slice, cancelled]);
  const cancel = useCallback(() => setState((previous) => ({ ...previous, cancelled: true })), []);
  const resume = useCallback(() => setState((previous) => ({ ...previous, cancelled: false })), []);
  return { shown: Math.min(shown, total), total, complete: shown >= total, cancelled, cancel, resume };
}
