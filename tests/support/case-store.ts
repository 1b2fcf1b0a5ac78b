import { randomUUID } from 'node:crypto';
import { CaseStore, type CaseStoreOptions } from '../../electron/core/storage/case-store';
import {
  createIncident,
  incidentDraftSchema,
  newCaseFile,
  updateIncident,
  type CaseFile,
  type Environment,
  type IncidentDraft,
  type Incident,
  type Operation,
  type Result,
} from '../../shared';

/** A clock and id source a test moves by hand, so snapshots and backups can be driven through days in milliseconds. */
export interface TestEnvironment extends Environment {
  advance(milliseconds: number): void;
}

/** Who the tests' edits are made by, as the audit trail names them. */
export const actor = 'Tester';

export const minute = 60 * 1000;
export const day = 24 * 60 * minute;

/** Ids carry a prefix so several processes editing one case never make the same id. */
export function testEnvironment(start = Date.UTC(2026, 0, 1, 12), idPrefix = 'id'): TestEnvironment {
  let time = start;
  let count = 0;
  return {
    now: () => new Date(time),
    newId: () => `${idPrefix}-${++count}`,
    advance: (milliseconds) => {
      time += milliseconds;
    },
  };
}

/** Store options for tests: no idle snapshot unless asked for, so what a test sees on disk is what it did. */
export function storeOptions(environment: Environment, overrides: Partial<CaseStoreOptions> = {}): CaseStoreOptions {
  return { session: randomUUID(), now: environment.now, idleSnapshotMs: 60 * minute, ...overrides };
}

/** The value of a result, failing the test with the error's code and message when there is none. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function emptyCase(environment: Environment, name = 'Harbour fires'): CaseFile {
  return newCaseFile({ name, summary: '' }, environment);
}

export async function createStore(folder: string, environment: Environment, overrides: Partial<CaseStoreOptions> = {}): Promise<CaseStore> {
  return unwrap(await CaseStore.create(folder, emptyCase(environment), storeOptions(environment, overrides)));
}

export async function openStore(folder: string, environment: Environment, overrides: Partial<CaseStoreOptions> = {}): Promise<CaseStore> {
  return unwrap(await CaseStore.open(folder, storeOptions(environment, overrides)));
}

/** An edit adding an incident, as the core would make it. */
export function addIncident(environment: Environment, draft: IncidentDraft): (file: CaseFile) => Operation<Incident> {
  return (file) => createIncident(file, incidentDraftSchema.parse(draft), environment);
}

export function renameIncident(environment: Environment, incident: Incident, title: string): (file: CaseFile) => Operation<Incident> {
  return (file) => updateIncident(file, incident.id, incidentDraftSchema.parse({ ...incident, title }), environment);
}

/** Adds incidents one by one, each confirmed before the next; returns them in order. */
export async function addIncidents(store: CaseStore, environment: Environment, titles: readonly string[]): Promise<Incident[]> {
  const added: Incident[] = [];
  for (const title of titles) added.push(unwrap(await store.apply(addIncident(environment, { title }), actor)));
  return added;
}

export function titles(count: number, prefix = 'Incident'): string[] {
  return Array.from({ length: count }, (_unused, index) => `${prefix} ${index + 1}`);
}
