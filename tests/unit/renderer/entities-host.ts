import {
  applyChanges,
  contract,
  failure,
  parseInput,
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
import type { entityChannels } from '../../../shared/channels/entities';
import { createEntity, mergeEntities, updateEntity } from '../../../shared/operations/entities';
import { castOfCharacters, entityDetail } from '../../../shared/read-model/cast';
import { browserApi } from '../../../renderer/api';

type EntityChannel = keyof typeof entityChannels;

export interface Call {
  readonly channel: Channel;
  readonly input: unknown;
}

/**
 * An in-memory host for the entities channels: input validated with the contract's own schemas, edits carried out
 * by the shared operations on one case file. Any other channel is refused, so a screen that strays is noticed.
 */
export function entitiesHost(initial: CaseFile) {
  let file = initial;
  const calls: Call[] = [];
  const failures = new Map<Channel, Failure>();
  const environment = { now: () => new Date('2024-05-01T12:00:00.000Z'), newId: () => `new-${calls.length}` };

  function edit<T>(operation: (file: CaseFile) => Operation<T>): Result<T> {
    const outcome = operation(file);
    if (!outcome.ok) return outcome;
    const next = applyChanges(file, outcome.value.changes);
    if (!next.ok) return next;
    file = next.value;
    return success(outcome.value.value);
  }

  const handlers: { readonly [C in EntityChannel]: (input: ValidatedInput<C>) => Result<ChannelOutput<C>> } = {
    'entity.cast': () => success(castOfCharacters(file)),
    'entity.get': ({ entityId }) => entityDetail(file, entityId),
    'entity.create': ({ entity }) => edit((current) => createEntity(current, entity, environment)),
    'entity.update': ({ entityId, entity }) => edit((current) => updateEntity(current, entityId, entity, environment)),
    'entity.merge': ({ keepId, mergeId }) => edit((current) => mergeEntities(current, keepId, mergeId, environment)),
  };

  function answer(channel: Channel, input: unknown): Result<unknown> {
    if (!Object.hasOwn(handlers, channel)) return failure('unknown-channel', `This test host does not answer "${channel}".`);
    return (handlers[channel as EntityChannel] as (value: unknown) => Result<unknown>)(input);
  }

  const invoke = (async (channel: Channel, input: unknown) => {
    calls.push({ channel, input });
    const planned = failures.get(channel);
    if (planned) return { ok: false, error: planned };
    const parsed = parseInput(contract[channel].input as never, input);
    return parsed.ok ? answer(channel, parsed.value) : parsed;
  }) as Invoke;

  return {
    api: browserApi(invoke, () => {}),
    caseFile: () => file,
    callsTo: (channel: Channel) => calls.filter((call) => call.channel === channel),
    fail: (channel: Channel, error: Failure) => failures.set(channel, error),
  };
}
