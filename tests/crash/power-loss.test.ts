/**
 * The power-loss test. A kill (kill-writer.test.ts) leaves everything the process wrote in the operating system's
 * cache, which still reaches the disk; a power cut loses whatever was not yet made durable. This test models that.
 *
 * How: `node:fs/promises` is replaced, for the storage code only, by a tracing layer (tests/support/file-system-trace.ts)
 * that passes every call through to the real files and reports it when done. A model (tests/support/power-loss-model.ts)
 * follows the real folder and, after every call, builds the folder a power cut at that moment would leave:
 *
 * - strict model (POSIX's promise, nothing more): a file's bytes survive as of its last fsync/fdatasync; a name in a
 *   folder — a file created, renamed in or out, removed — survives as of that folder's last fsync. A file whose name
 *   was never made durable is gone, whatever was synced into it.
 * - eager model (ext4 and most journalling file systems in practice): every name change is on disk at once, in order,
 *   but file bytes still only as of their last fsync — except that half of any bytes appended since may have made it
 *   (a torn append), and a file never synced holds only half of what was written to it.
 *
 * Each crash image (every distinct one, in both models) is written out as real files and opened as a restarted Dossier
 * would open it, for writing: it must open, validate, hold every edit acknowledged before that moment (apply, undo or
 * close had resolved), equal its journal replayed from the case as created, and verify intact. Before the case's
 * creation was acknowledged, a missing case is fine.
 *
 * The lock file is left out of every image: after a power cut its process is gone (the lock itself is tested in
 * tests/integration/storage/locks.test.ts).
 *
 * The model's limits: it treats each call as atomic (a power cut in the middle of one is the state before or after
 * it), it tears only appends, it does not reorder the data of two fsyncs of one file, and directory bytes other than
 * names (permissions) are not modelled. The workloads: a case created, edited (with rotations, snapshots and
 * backups) and closed; then a crashed case with a torn append being repaired on open and edited again.
 */
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CaseStore } from '../../electron/core/storage/case-store';
import type { CaseFile, Incident } from '../../shared';
import { copyAsIfCrashed } from '../support/case-files';
import { actor, addIncident, emptyCase, minute, renameIncident, storeOptions, testEnvironment, unwrap, type TestEnvironment } from '../support/case-store';
import { inspectCase, type Acknowledgement } from '../support/crash-checks';
import { listenToFileSystem } from '../support/file-system-trace';
import { materialize, PowerLossModel, type CrashImage } from '../support/power-loss-model';
import { useTemporaryFolders } from '../support/temporary-folder';

vi.mock('node:fs/promises', async (importOriginal) => {
  const { traceFileSystem } = await import('../support/file-system-trace');
  return traceFileSystem(await importOriginal<typeof import('node:fs/promises')>());
});

const temporaryFolder = useTemporaryFolders();
const models = ['strict', 'eager'] as const;

/** What a traced workload did: the images, the edits it was told were saved, and from which image on each must hold. */
class Recording {
  readonly acknowledged: Array<{ readonly acknowledgement: Acknowledgement; readonly from: Record<(typeof models)[number], number> }> = [];
  /** From which image on the case must exist at all. */
  caseFrom = { strict: 0, eager: 0 };

  constructor(readonly model: PowerLossModel) {}

  /** The images a power cut from now on may leave: the newest so far and all later ones. */
  now() {
    return { strict: this.model.strict.length - 1, eager: this.model.eager.length - 1 };
  }

  acknowledge(acknowledgement: Acknowledgement): void {
    this.acknowledged.push({ acknowledgement, from: this.now() });
  }
}

async function traced(root: string, workload: (recording: Recording) => Promise<void>): Promise<Recording> {
  const recording = new Recording(new PowerLossModel(root));
  listenToFileSystem((event) => recording.model.observe(event));
  try {
    await workload(recording);
  } finally {
    listenToFileSystem(undefined);
  }
  return recording;
}

/**
 * Edits the way a person would: new incidents, a rename now and then, and one undo at the end. An acknowledgement
 * that returns a promise holds the next edit until it settles.
 */
async function edit(
  store: CaseStore,
  environment: TestEnvironment,
  count: number,
  acknowledge: (acknowledgement: Acknowledgement) => void | Promise<void>,
): Promise<void> {
  let latest: Incident | undefined;
  for (let step = 1; step <= count; step += 1) {
    const operation = latest && step % 4 === 0 ? renameIncident(environment, latest, `${latest.title}, renamed`) : addIncident(environment, { title: `Edit ${step}` });
    latest = unwrap(await store.apply(operation, actor));
    await acknowledge({ sequence: store.status.sequence, kind: 'edit', id: latest.id, title: latest.title });
    environment.advance(4 * minute);
  }
  unwrap(await store.undo(actor));
  await acknowledge({ sequence: store.status.sequence, kind: 'undo', id: latest!.id });
}

function withoutLock(image: CrashImage): CrashImage {
  return { ...image, files: new Map([...image.files].filter(([path]) => path !== 'case/lock')) };
}

/** Opens every crash image as a restart would and returns what is wrong with any of them. */
async function inspectImages(recording: Recording, created: CaseFile): Promise<{ problems: string[]; images: number }> {
  const scratch = await temporaryFolder();
  const problems: string[] = [];
  let images = 0;
  for (const model of models) {
    const list: readonly CrashImage[] = recording.model[model];
    for (const [index, image] of list.entries()) {
      if (index < recording.caseFrom[model] && !image.files.has('case/case.json')) continue;
      const target = join(scratch, `${model}-${index}`);
      // After a power cut the lock's process is gone; whatever the lock file holds, it no longer stands.
      materialize(withoutLock(image), target);
      const required = recording.acknowledged.filter(({ from }) => from[model] <= index).map(({ acknowledgement }) => acknowledgement);
      const inspection = await inspectCase(join(target, 'case'), created, required, true);
      images += 1;
      const files = [...image.files.keys()].join(' ');
      problems.push(...inspection.problems.map((problem) => `${model} image ${index} of ${list.length} (${files}): ${problem}`));
    }
  }
  return { problems, images };
}

describe('a power cut', () => {
  it('at any moment while a case is created, edited, snapshotted, backed up and closed loses no acknowledged edit', { timeout: 120_000 }, async () => {
    const root = await temporaryFolder();
    const environment = testEnvironment();
    const created = emptyCase(environment);
    const recording = await traced(root, async (recording) => {
      const store = unwrap(await CaseStore.create(join(root, 'case'), created, storeOptions(environment, { snapshotEvery: 3 })));
      recording.caseFrom = recording.now();
      await edit(store, environment, 16, (acknowledgement) => recording.acknowledge(acknowledgement));
      await store.close();
    });
    const { problems, images } = await inspectImages(recording, created);
    console.info(`power-loss model: ${images} crash images checked (${recording.model.strict.length} strict, ${recording.model.eager.length} eager)`);
    expect(problems).toEqual([]);
    expect(recording.model.strict.length).toBeGreaterThan(20);
  });

  it('while a crashed case is repaired on open and edited again loses nothing acknowledged nor the damaged file', { timeout: 120_000 }, async () => {
    const environment = testEnvironment();
    const created = emptyCase(environment);
    const original = join(await temporaryFolder(), 'case');
    const writer = unwrap(await CaseStore.create(original, created, storeOptions(environment, { snapshotEvery: 4 })));
    const before: Acknowledgement[] = [];
    // The 4th record starts a snapshot (snapshotEvery: 4) that goes on while the next edits are made. The copy below
    // is of a writer stopped between edits: it must not catch that snapshot half done (files being renamed under it).
    // `snapshot()` joins the one being written and, once it is written, starts none (no record is newer).
    await edit(writer, environment, 6, async (acknowledgement) => {
      before.push(acknowledgement);
      if (acknowledgement.sequence === 4) await writer.snapshot();
    });
    expect(await readdir(join(original, 'history'))).toEqual(['000000000001-000000000004.ndjson']);
    const root = await temporaryFolder();
    await copyAsIfCrashed(original, join(root, 'case'));
    await writer.close();
    const journal = join(root, 'case', 'journal.ndjson');
    await appendFile(journal, '{"sequence":8,"time":"2026-01-01T12:3');
    const damaged = await readFile(journal);

    let setAsideFrom = { strict: 0, eager: 0 };
    const recording = await traced(root, async (recording) => {
      for (const acknowledgement of before) recording.acknowledge(acknowledgement);
      const store = unwrap(await CaseStore.open(join(root, 'case'), storeOptions(environment, { snapshotEvery: 4 })));
      setAsideFrom = recording.now();
      expect(store.status.recovery).toHaveLength(2);
      await edit(store, environment, 5, (acknowledgement) => recording.acknowledge(acknowledgement));
      await store.close();
    });
    const { problems } = await inspectImages(recording, created);
    for (const model of models) {
      for (const [index, image] of recording.model[model].entries()) {
        const copies = [...image.files].filter(([path, bytes]) => path.startsWith('case/damaged/') && bytes !== 'folder' && bytes.equals(damaged));
        if (index >= setAsideFrom[model] && copies.length === 0) problems.push(`${model} image ${index}: the damaged journal's copy is not in damaged/`);
      }
    }
    expect(problems).toEqual([]);
  });
});
