import {
  applyChanges,
  caseOutline,
  caseOverviewDetail,
  contract,
  invertChanges,
  createAnnotation,
  createIncident,
  deleteAnnotation,
  failure,
  incidentDetail,
  newCaseFile,
  parseInput,
  sourceDetail,
  success,
  updateAnnotation,
  updateCaseDetails,
  updateIncident,
  type BackupListing,
  type CaseAccess,
  type CaseFile,
  type CaseProblem,
  type Channel,
  type Failure,
  type Handlers,
  type HistoryEntry,
  type Invoke,
  type Operation,
  type Preferences,
  type Result,
  type SearchQuery,
  type Verification,
} from '../../../../shared';
import { linkIncidents, unlinkIncidents } from '../../../../shared/operations/incident-links';
import { browserApi, type Api, type MenuListener } from '../../../../renderer/api';
import { fakeSourceHandlers } from './fake-sources';
import { fakeRedactionHandlers } from './fake-redaction';
import { fakeTrashHandlers } from './fake-trash';
import type { SearchResponder } from './search-answers';

export interface Call {
  readonly channel: Channel;
  readonly input: unknown;
}

/**
 * An in-memory host: the contract's channels validated with the contract's own schemas and carried out with the
 * shared operations, over case files held in a map. Tests can make a channel fail, or hold its answer back.
 */
export interface FakeHostOptions {
  readonly cases?: CaseFile[];
  readonly problems?: CaseProblem[];
  readonly preferences?: Partial<Preferences>;
  /** How every case is open; read-only refuses every write with the core's 'read-only' code. */
  readonly access?: CaseAccess;
  /** What `case.status` says was repaired on opening. */
  readonly recovery?: string[];
  readonly backups?: BackupListing[];
  /** What `case.verify` answers; by default an intact chain of the records written so far. */
  readonly verification?: Verification;
  /** How `case.search` answers; without it the channel answers unknown-channel. */
  readonly search?: SearchResponder;
}

export function fakeHost(options: FakeHostOptions = {}) {
  const cases = new Map((options.cases ?? []).map((file) => [file.case.id, file]));
  let preferences: Preferences = { authorName: '', recentCaseIds: [], ...options.preferences };
  const calls: Call[] = [];
  const failures = new Map<Channel, Failure>();
  const holds = new Map<Channel, Promise<void>>();
  const menuListeners = new Set<MenuListener>();
  const queries: SearchQuery[] = [];
  let ids = 0;
  const environment = { now: () => new Date('2024-05-01T12:00:00.000Z'), newId: () => `new-${(ids += 1)}` };

  const history: HistoryEntry[] = [];
  const done: HistoryEntry[] = [];
  const undone: HistoryEntry[] = [];

  function record(caseId: string, entry: Omit<HistoryEntry, 'sequence' | 'time' | 'actor'>): Result<true> {
    const file = cases.get(caseId);
    if (!file) return failure('not-found', `No case "${caseId}".`);
    const next = applyChanges(file, entry.changes);
    if (!next.ok) return next;
    cases.set(caseId, next.value);
    const written = { ...entry, sequence: history.length + 1, time: environment.now().toISOString(), actor: preferences.authorName };
    history.push(written);
    return success(true);
  }

  function reading<T>(caseId: string, read: (file: CaseFile) => Result<T>): Result<T> {
    const file = cases.get(caseId);
    return file ? read(file) : failure('not-found', `No case "${caseId}".`);
  }

  const access: CaseAccess = options.access ?? { mode: 'write' };
  const refusal = () => access.mode === 'read-only' && failure<never>('read-only', `Nothing was saved: ${access.reason}`);

  function withCase<T>(caseId: string, change: (file: CaseFile) => Operation<T>): Result<T> {
    const file = cases.get(caseId);
    if (!file) return failure('not-found', `No case "${caseId}".`);
    const refused = refusal();
    if (refused) return refused;
    const outcome = change(file);
    if (!outcome.ok) return outcome;
    const recorded = record(caseId, { kind: 'edit', label: outcome.value.label, changes: [...outcome.value.changes] });
    if (!recorded.ok) return recorded;
    done.push(history.at(-1)!);
    undone.length = 0;
    return success(outcome.value.value);
  }

  function undoOrRedo(caseId: string, kind: 'undo' | 'redo'): Result<{ label: string }> {
    const refused = refusal();
    if (refused) return refused;
    const step = kind === 'undo' ? done.at(-1) : undone.at(-1);
    if (!step) return failure('not-found', `There is nothing to ${kind}.`);
    const label = `${kind === 'undo' ? 'Undid' : 'Redid'}: ${step.label}`;
    const changes = kind === 'undo' ? invertChanges(step.changes) : [...step.changes];
    const recorded = record(caseId, { kind, label, target: step.sequence, changes });
    if (!recorded.ok) return recorded;
    if (kind === 'undo') undone.push(done.pop()!);
    else done.push(undone.pop()!);
    return success({ label });
  }

  // Partial: a channel the fake does not serve answers unknown-channel, so new channels need no fake until a test uses them.
  const handlers: Partial<Handlers> = {
    ...fakeTrashHandlers({ reading, withCase, environment }),
    ...fakeSourceHandlers({ reading, withCase, environment }),
    ...fakeRedactionHandlers({ reading, withCase, environment }),
    ...(options.search && {
      'case.search': async (query) => {
        queries.push(query);
        return options.search!(query);
      },
    }),
    'library.list': async () =>
      success({
        cases: [...cases.values()].map((file) => ({ ...file.case, incidentCount: file.incidents.length })),
        problems: options.problems ?? [],
      }),
    'case.create': async (input) => {
      const file = newCaseFile(input, environment);
      cases.set(file.case.id, file);
      return success(file.case);
    },
    'case.get': async ({ caseId }) => reading(caseId, success),
    'case.outline': async ({ caseId }) => reading(caseId, (file) => success(caseOutline(file))),
    'case.overview': async ({ caseId }) => reading(caseId, (file) => success(caseOverviewDetail(file))),
    'incident.get': async ({ caseId, incidentId }) => reading(caseId, (file) => incidentDetail(file, incidentId)),
    'source.get': async ({ caseId, sourceId }) => reading(caseId, (file) => sourceDetail(file, sourceId)),
    'attachment.list': async ({ caseId, target }) =>
      reading(caseId, (file) => success(file.attachments.filter((attachment) => attachment.target.kind === target.kind && attachment.target.id === target.id))),
    'case.update': async ({ caseId, details }) => withCase(caseId, (file) => updateCaseDetails(file, details, environment)),
    'incident.create': async ({ caseId, incident }) => withCase(caseId, (file) => createIncident(file, incident, environment)),
    'incident.update': async ({ caseId, incidentId, incident }) =>
      withCase(caseId, (file) => updateIncident(file, incidentId, incident, environment)),
    'incident.link': async ({ caseId, link }) => withCase(caseId, (file) => linkIncidents(file, link, environment)),
    'incident.unlink': async ({ caseId, linkId }) => withCase(caseId, (file) => unlinkIncidents(file, linkId)),
    'annotation.create': async ({ caseId, target, annotation }) =>
      withCase(caseId, (file) => createAnnotation(file, target, annotation, preferences.authorName, environment)),
    'annotation.update': async ({ caseId, annotationId, annotation }) =>
      withCase(caseId, (file) => updateAnnotation(file, annotationId, annotation, environment)),
    'annotation.delete': async ({ caseId, annotationId }) => withCase(caseId, (file) => deleteAnnotation(file, annotationId, environment)),
    'case.status': async () =>
      success({
        access,
        recovery: options.recovery ?? [],
        sequence: history.length,
        undo: done.at(-1)?.label,
        redo: undone.at(-1)?.label,
      }),
    'case.undo': async ({ caseId }) => undoOrRedo(caseId, 'undo'),
    'case.redo': async ({ caseId }) => undoOrRedo(caseId, 'redo'),
    'case.history': async ({ objectId, offset, limit }) => {
      const matching = history.filter((entry) => !objectId || entry.changes.some((change) => change.id === objectId)).reverse();
      return success({ total: matching.length, entries: matching.slice(offset, offset + limit) });
    },
    'case.verify': async () => success(options.verification ?? { intact: true, records: history.length, problems: [] }),
    'case.backups': async () => success(options.backups ?? []),
    'case.restoreBackup': async ({ caseId, backup }) => {
      const file = cases.get(caseId);
      const listing = options.backups?.find((candidate) => candidate.name === backup);
      if (!file || !listing) return failure('not-found', `No backup called "${backup}".`);
      const details = { ...file.case, id: environment.newId(), name: `${file.case.name} (restored from ${listing.createdAt})` };
      cases.set(details.id, { ...file, case: details });
      return success(details);
    },
    'preferences.get': async () => success(preferences),
    'preferences.update': async (update) => {
      preferences = { ...preferences, ...update };
      return success(preferences);
    },
  };

  const invoke = (async (channel: Channel, input: unknown) => {
    calls.push({ channel, input });
    await holds.get(channel);
    const planned = failures.get(channel);
    if (planned) return { ok: false, error: planned };
    const parsed = parseInput(contract[channel].input as never, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[channel] as ((value: unknown) => Promise<Result<unknown>>) | undefined;
    if (!handler) return failure('unknown-channel', `The fake host does not serve ${channel}.`);
    return handler(parsed.value);
  }) as Invoke;

  const api: Api = {
    ...browserApi(invoke, () => {}),
    onMenuCommand: (listener) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
  };

  return {
    api,
    calls,
    /** Every query `case.search` was asked, after validation. */
    queries,
    caseFile: (caseId: string) => cases.get(caseId),
    callsTo: (channel: Channel) => calls.filter((call) => call.channel === channel),
    fail: (channel: Channel, error: Failure) => failures.set(channel, error),
    succeed: (channel: Channel) => failures.delete(channel),
    /** Holds every answer on the channel until the returned function is called. */
    hold(channel: Channel): () => void {
      let release = () => {};
      holds.set(channel, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(channel);
        release();
      };
    },
    sendMenuCommand: (command: Parameters<MenuListener>[0]) => menuListeners.forEach((listener) => listener(command)),
  };
}

export type FakeHost = ReturnType<typeof fakeHost>;

/** A fake host holding one case, for a component test; `file()` is that case as it now stands. */
export function oneCaseHost(file: CaseFile, options: Omit<FakeHostOptions, 'cases'> = {}) {
  const host = fakeHost({ ...options, cases: [file] });
  return { ...host, file: () => host.caseFile(file.case.id)! };
}
