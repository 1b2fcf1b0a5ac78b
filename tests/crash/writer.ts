import { CaseStore } from '../../electron/core/storage/case-store';
import type { CaseFile, Incident, Operation, Result } from '../../shared';
import { actor, addIncident, day, minute, renameIncident, storeOptions, type TestEnvironment } from '../support/case-store';
import type { Acknowledgement } from '../support/crash-checks';

/**
 * The writer the crash tests kill: `node --import tsx writer.ts <folder> <run> <snapshotEvery>` opens the case, says
 * how it opened, then edits without end — creating incidents, renaming them, undoing and redoing — and prints each
 * edit as `ack <json>` only once the store has confirmed it. A small snapshotEvery puts snapshots, journal rotations
 * and backups in the path of the kill.
 */
const [folder = '', run = '0', snapshotEvery = '3'] = process.argv.slice(2);

/** Each run starts a month after the one before and each reading of the clock moves it a minute, so backups roll. */
function fastClock(): TestEnvironment {
  let time = Date.UTC(2026, 0, 1) + Number(run) * 30 * day;
  let count = 0;
  return {
    now: () => new Date((time += minute)),
    newId: () => `r${run}-${++count}`,
    advance: (milliseconds) => {
      time += milliseconds;
    },
  };
}

function say(kind: string, value: unknown): void {
  process.stdout.write(`${kind} ${JSON.stringify(value)}\n`);
}

function confirmed<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function edit(store: CaseStore, environment: TestEnvironment, step: number, latest: Incident | undefined): Promise<Incident> {
  const acknowledge = (kind: Acknowledgement['kind'], id: string, title?: string) => say('ack', { sequence: store.status.sequence, kind, id, title });
  if (latest && step % 5 === 0) {
    confirmed(await store.undo(actor));
    acknowledge('undo', latest.id);
    confirmed(await store.redo(actor));
    acknowledge('redo', latest.id);
    return latest;
  }
  const operation: (file: CaseFile) => Operation<Incident> =
    latest && step % 3 === 0 ? renameIncident(environment, latest, `${latest.title}, renamed`) : addIncident(environment, { title: `Run ${run} step ${step}` });
  const incident = confirmed(await store.apply(operation, actor));
  acknowledge('edit', incident.id, incident.title);
  return incident;
}

async function write(): Promise<void> {
  const environment = fastClock();
  const store = confirmed(await CaseStore.open(folder, storeOptions(environment, { session: `writer-${process.pid}`, snapshotEvery: Number(snapshotEvery) })));
  say('opened', store.status);
  let latest: Incident | undefined;
  for (let step = 1; ; step += 1) latest = await edit(store, environment, step, latest);
}

write().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
