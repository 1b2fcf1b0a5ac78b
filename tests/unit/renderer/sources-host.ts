import {
  applyChanges,
  contract,
  failure,
  parseInput,
  sourceDetail,
  success,
  type CaseFile,
  type Channel,
  type ChannelOutput,
  type Failure,
  type Invoke,
  type Operation,
  type Result,
  type ValidatedInput,
} from '../../../shared';
import { createQuote, updateQuote } from '../../../shared/operations/quotes';
import { createSource, updateSource } from '../../../shared/operations/sources';
import { browserApi } from '../../../renderer/api';

type SourceChannel = 'source.create' | 'source.update' | 'source.get' | 'quote.create' | 'quote.update';

export interface Call {
  readonly channel: Channel;
  readonly input: unknown;
}

/**
 * An in-memory host for the sources and quotes channels: input validated with the contract's own schemas, edits
 * carried out by the shared operations on one case file. Any other channel is refused, so a component that strays
 * is noticed. A channel can be made to fail, or to hold its answer until released.
 */
export function sourcesHost(initial: CaseFile) {
  let file = initial;
  const calls: Call[] = [];
  const failures = new Map<Channel, Failure>();
  const holds = new Map<Channel, Promise<void>>();
  const environment = { now: () => new Date('2024-05-01T12:00:00.000Z'), newId: () => `new-${calls.length}` };

  function edit<T>(operation: (file: CaseFile) => Operation<T>): Result<T> {
    const outcome = operation(file);
    if (!outcome.ok) return outcome;
    const next = applyChanges(file, outcome.value.changes);
    if (!next.ok) return next;
    file = next.value;
    return success(outcome.value.value);
  }

  const handlers: { readonly [C in SourceChannel]: (input: ValidatedInput<C>) => Result<ChannelOutput<C>> } = {
    'source.get': ({ sourceId }) => sourceDetail(file, sourceId),
    'source.create': ({ source }) => edit((current) => createSource(current, source, environment)),
    'source.update': ({ sourceId, source }) => edit((current) => updateSource(current, sourceId, source, environment)),
    'quote.create': ({ quote }) => edit((current) => createQuote(current, quote, environment)),
    'quote.update': ({ quoteId, quote }) => edit((current) => updateQuote(current, quoteId, quote, environment)),
  };

  async function answer(channel: Channel, input: unknown): Promise<Result<unknown>> {
    calls.push({ channel, input });
    await holds.get(channel);
    const planned = failures.get(channel);
    if (planned) return { ok: false, error: planned };
    if (!Object.hasOwn(handlers, channel)) return failure('unknown-channel', `This test host does not answer "${channel}".`);
    const parsed = parseInput(contract[channel].input as never, input);
    return parsed.ok ? (handlers[channel as SourceChannel] as (value: unknown) => Result<unknown>)(parsed.value) : parsed;
  }

  return {
    api: browserApi(answer as Invoke, () => {}),
    caseFile: () => file,
    callsTo: (channel: Channel) => calls.filter((call) => call.channel === channel),
    fail: (channel: Channel, error: Failure) => failures.set(channel, error),
    /** Holds every answer on the channel until the returned function is called. */
    hold(channel: Channel): () => void {
      let release = () => {};
      holds.set(channel, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(channel);
        release();
      };
    },
  };
}
