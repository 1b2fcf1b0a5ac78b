import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput, Failure, Result } from '../../shared';
import { useApi } from './context';

export type Loaded<T> =
  | { readonly status: 'loading' }
  /** `refreshing` is true while a reload is in flight and `value` is the previous answer. */
  | { readonly status: 'ready'; readonly value: T; readonly refreshing: boolean }
  | { readonly status: 'failed'; readonly error: Failure };

interface Settled<T> {
  readonly request: string;
  readonly version: number;
  readonly result: Result<T>;
}

/**
 * Reads a channel when the component mounts or its input changes. `reload()` asks again but keeps showing the
 * last answer until the new one arrives, so the screen does not blank after every save.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>): [Loaded<ChannelOutput<C>>, () => void] {
  const { call } = useApi();
  const inputText = JSON.stringify(input);
  const request = `${channel} ${inputText}`;
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<ChannelOutput<C>>>();
  useEffect(() => {
    let current = true;
    void call(channel, JSON.parse(inputText) as ChannelInput<C>).then((result) => {
      if (current) setSettled({ request, version, result });
    });
    return () => {
      current = false;
    };
  }, [call, channel, inputText, request, version]);
  const reload = useCallback(() => setVersion((previous) => previous + 1), []);
  const loaded = useMemo(() => loadedFrom(settled, request, version), [settled, request, version]);
  return [loaded, reload];
}

function loadedFrom<T>(settled: Settled<T> | undefined, request: string, version: number): Loaded<T> {
  if (!settled || settled.request !== request) return { status: 'loading' };
  const { result } = settled;
  if (!result.ok) return { status: 'failed', error: result.error };
  return { status: 'ready', value: result.value, refreshing: settled.version !== version };
}

export type SaveState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'saving' }
  /** `message` says what reached disk: "Saved", "Deleted". */
  | { readonly phase: 'saved'; readonly message: string }
  | { readonly phase: 'failed'; readonly error: Failure };

/**
 * Tracks one write: "saving" while the call is in flight, "saved" only once the core answered ok (it has synced the
 * file to disk by then), "failed" with the core's message otherwise.
 */
export function useSave() {
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const save = useCallback(async <T,>(write: () => Promise<Result<T>>, done = 'Saved'): Promise<Result<T>> => {
    setState({ phase: 'saving' });
    const result = await write();
    setState(result.ok ? { phase: 'saved', message: done } : { phase: 'failed', error: result.error });
    return result;
  }, []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, save, reset };
}
