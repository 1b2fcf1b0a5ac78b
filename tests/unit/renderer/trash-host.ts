import {
  applyChanges,
  contract,
  deleteToTrash,
  deletionImpact,
  failure,
  listTrash,
  parseInput,
  purgeTrashEntry,
  restoreFromTrash,
  success,
  type CaseFile,
  type Channel,
  type Environment,
  type Failure,
  type Handler,
  type Invoke,
  type Operation,
  type Result,
} from '../../../shared';
import { browserApi } from '../../../renderer/api';

type TrashChannel = 'object.deletionImpact' | 'object.delete' | 'trash.list' | 'trash.restore' | 'trash.purge';

/** How a fake host reads and changes its cases; the shared fake host has both, so it can take these handlers as they are. */
export interface FakeCases {
  readonly reading: <T>(caseId: string, read: (file: CaseFile) => Result<T>) => Result<T>;
  readonly withCase: <T>(caseId: string, change: (file: CaseFile) => Operation<T>) => Result<T>;
  readonly environment: Environment;
}

/** The trash channels carried out by the shared operations, for a fake host. */
export function fakeTrashHandlers({ reading, withCase, environment }: FakeCases): { readonly [C in TrashChannel]: Handler<C> } {
  return {
    'object.deletionImpact': async ({ caseId, target }) => reading(caseId, (file) => deletionImpact(file, target)),
    'object.delete': async ({ caseId, target }) => withCase(caseId, (file) => deleteToTrash(file, target, environment)),
    'trash.list': async ({ caseId }) => reading(caseId, (file) => success(listTrash(file))),
    'trash.restore': async ({ caseId, entryId }) => withCase(caseId, (file) => restoreFromTrash(file, entryId)),
    'trash.purge': async ({ caseId, entryId }) => withCase(caseId, (file) => purgeTrashEntry(file, entryId)),
  };
}

/**
 * An in-memory host for the trash components alone: one case and the trash channels, validated with the contract's
 * schemas. Any other channel is refused, so a component that strays is noticed; a channel can be made to fail.
 */
export function trashHost(initial: CaseFile) {
  let file = initial;
  let ids = 0;
  const calls: { channel: Channel; input: unknown }[] = [];
  const failures = new Map<Channel, Failure>();
  const handlers = fakeTrashHandlers({
    environment: { now: () => new Date('2024-05-01T12:00:00.000Z'), newId: () => `entry-${(ids += 1)}` },
    reading: (_caseId, read) => read(file),
    withCase: (_caseId, change) => {
      const outcome = change(file);
      if (!outcome.ok) return outcome;
      const next = applyChanges(file, outcome.value.changes);
      if (!next.ok) return next;
      file = next.value;
      return success(outcome.value.value);
    },
  });

  const invoke = (async (channel: Channel, input: unknown) => {
    calls.push({ channel, input });
    const planned = failures.get(channel);
    if (planned) return { ok: false, error: planned };
    if (!(channel in handlers)) return failure('unknown-channel', `The trash host does not serve "${channel}".`);
    const parsed = parseInput(contract[channel].input as never, input);
    if (!parsed.ok) return parsed;
    return (handlers[channel as TrashChannel] as (value: unknown, context: { author: string }) => Promise<Result<unknown>>)(parsed.value, { author: '' });
  }) as Invoke;

  return {
    api: browserApi(invoke, () => {}),
    file: () => file,
    callsTo: (channel: Channel) => calls.filter((call) => call.channel === channel),
    fail: (channel: Channel, error: Failure) => failures.set(channel, error),
  };
}
