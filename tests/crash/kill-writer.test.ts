import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile } from '../../shared';
import { readJson } from '../support/case-files';
import { createStore, testEnvironment } from '../support/case-store';
import { exited, onLines, runScript, waitForLine } from '../support/child-process';
import { inspectCase, isCrashRecoveryNote, type Acknowledgement } from '../support/crash-checks';
import { useTemporaryFolders } from '../support/temporary-folder';

/**
 * The crash test: a writer process (writer.ts) edits a case as fast as it can and is killed with SIGKILL at a random
 * moment — in an append, a journal rotation, a snapshot or a backup. After each kill the case is opened as a restart
 * would open it, and must open, validate, hold every edit the writer confirmed, equal its journal replayed from the
 * start, and verify (a torn last append, never confirmed, is the only damage allowed). The next writer then opens what
 * the last one left, stale lock and all. Every few kills the case is opened for writing here too, which repairs it.
 *
 * Short form in the normal run; the long form is DOSSIER_CRASH_KILLS=200 npx vitest run tests/crash (seeded by
 * DOSSIER_CRASH_SEED to replay a failure).
 */
const kills = Number(process.env.DOSSIER_CRASH_KILLS ?? 12);
const seed = Number(process.env.DOSSIER_CRASH_SEED ?? Date.now() % 100_000);
const killsPerCase = 10;
const writerScript = new URL('./writer.ts', import.meta.url);

const temporaryFolder = useTemporaryFolders();

/** A small seeded generator (mulberry32), so a failing run can be repeated. */
function randomNumbers(start: number): () => number {
  let state = start;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  readonly acknowledged: Acknowledgement[];
  readonly opened: { access: { mode: string }; recovery: string[] };
}

/** Starts a writer, lets it edit for `delay` milliseconds after it opened the case, and kills it. */
async function runAndKill(folder: string, run: number, snapshotEvery: number, delay: number): Promise<Run> {
  const writer = runScript(writerScript, [folder, String(run), String(snapshotEvery)]);
  const acknowledged: Acknowledgement[] = [];
  onLines(writer, (line) => {
    if (line.startsWith('ack ')) acknowledged.push(JSON.parse(line.slice(4)) as Acknowledgement);
  });
  try {
    const opened = JSON.parse((await waitForLine(writer, (line) => line.startsWith('opened '))).slice(7)) as Run['opened'];
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (writer.exitCode !== null) throw new Error(`The writer stopped by itself (exit ${writer.exitCode}).`);
    return { acknowledged, opened };
  } finally {
    writer.kill('SIGKILL');
    await exited(writer);
  }
}

/** Snapshots a killed writer was still writing, never cleaned up (see recovery-snapshot.test.ts). */
async function temporaryFiles(folder: string): Promise<number> {
  return (await readdir(folder)).filter((name) => name.endsWith('.tmp')).length;
}

async function freshCase(): Promise<{ folder: string; created: CaseFile }> {
  const folder = join(await temporaryFolder(), 'case');
  const store = await createStore(folder, testEnvironment());
  const created = caseFileSchema.parse(await readJson(join(folder, 'case.json')));
  await store.close();
  return { folder, created };
}

describe('a writer killed at random moments', () => {
  it(`never loses a confirmed edit nor leaves a case that does not open (${kills} kills, seed ${seed})`, { timeout: 60_000 + kills * 5_000 }, async () => {
    const random = randomNumbers(seed);
    const totals = { kills: 0, acknowledged: 0, lost: 0, corrupt: 0, tornTails: 0, leftoverTemporaryFiles: 0 };
    const problems: string[] = [];
    let current = await freshCase();
    let acknowledged: Acknowledgement[] = [];
    for (let kill = 0; kill < kills; kill += 1) {
      if (kill > 0 && kill % killsPerCase === 0) {
        totals.leftoverTemporaryFiles += await temporaryFiles(current.folder);
        current = await freshCase();
        acknowledged = [];
      }
      const run = await runAndKill(current.folder, kill, 2 + Math.floor(random() * 4), Math.floor(random() * 400));
      totals.kills += 1;
      totals.acknowledged += run.acknowledged.length;
      acknowledged.push(...run.acknowledged);
      if (run.opened.access.mode !== 'write') problems.push(`Kill ${kill}: the writer opened the case read-only: ${JSON.stringify(run.opened.access)}`);
      problems.push(...run.opened.recovery.filter((note) => !isCrashRecoveryNote(note)).map((note) => `Kill ${kill}: the writer found ${note}`));
      const inspection = await inspectCase(current.folder, current.created, acknowledged, kill % 3 === 2);
      totals.lost += inspection.lost.length;
      totals.corrupt += inspection.problems.length > 0 ? 1 : 0;
      totals.tornTails += inspection.tornTail ? 1 : 0;
      problems.push(...inspection.problems.map((problem) => `Kill ${kill} (${current.folder}): ${problem}`));
    }
    totals.leftoverTemporaryFiles += await temporaryFiles(current.folder);
    console.info(`crash test, seed ${seed}: ${JSON.stringify(totals)}`);
    expect(problems).toEqual([]);
    expect(totals).toMatchObject({ kills, lost: 0, corrupt: 0 });
    expect(totals.acknowledged).toBeGreaterThan(kills);
  });
});
