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
  /** Which reading of the request this answers: the caller's revision and the reloads asked for since. */
  readonly reading: string;
  readonly result: Result<T>;
}

/**
 * Reads a channel when the component mounts or its input changes, and again when `revision` changes (the case was
 * edited) or `reload()` is called. Meanwhile it keeps showing the last answer, so the screen does not blank after
 * every save.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>, revision = 0): [Loaded<ChannelOutput<C>>, () => void] {
  const { call } = useApi();
  const inputText = JSON.stringify(input);
  const request = `${channel} ${inputText}`;
  const [version, setVersion] = useState(0);
  const reading = `${revision}.${version}`;
  const [settled, setSettled] = useState<Settled<ChannelOutput<C>>>();
  useEffect(() => {
    let current = true;
    void call(channel, JSON.parse(inputText) as ChannelInput<C>).then((result) => {
      if (current) setSettled({ request, reading, result });
    });
    return () => {
      current = false;
    };
  }, [call, channel, inputText, request, reading]);
  const reload = useCallback(() => setVersion((previous) => previous + 1), []);
  const loaded = useMemo(() => loadedFrom(settled, request, reading), [settled, request, reading]);
  return [loaded, reload];
}

function loadedFrom<T>(settled: Settled<T> | undefined, request: string, reading: string): Loaded<T> {
  if (!settled || settled.request !== request) return { status: 'loading' };
  const { result } = settled;
  if (!result.ok) return { status: 'failed', error: result.error };
  return { status: 'ready', value: result.value, refreshing: settled.reading !== reading };
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
