/**
 * The storage benchmark: `npx tsx tests/bench/storage.bench.ts [--sizes 1,10,50] [--full] [--edits 2000]`.
 * Prints a Markdown table and writes it to tests/bench/results.md.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderReport, type SizeMeasurement } from './report';
import type { CreateResult, JournalResult, NaiveResult, Task, TaskResult } from './tasks';

const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results.md', import.meta.url));
const seed = 20_261_125;

/** Whole-document rewrites get slow with size: fewer of them keep the run short. */
const naiveEdits = (megabytes: number) => (megabytes <= 10 ? 50 : megabytes <= 50 ? 30 : 10);
/** Each journal run opens the case in a fresh process, then edits it; the report takes the median run. */
const journalRuns = 3;

function runInChild<R extends TaskResult>(task: Task): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.on('message', (message: { ok: true; result: R } | { ok: false; message: string }) => {
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`The ${task.kind} step failed: ${message.message}`));
      child.disconnect();
    });
    child.on('exit', (code, signal) => {
      if (!answered) reject(new Error(`The ${task.kind} step stopped (${signal ?? `exit code ${code}`}) without a result.`));
    });
  });
}

async function measureSize(megabytes: number, journalEdits: number): Promise<SizeMeasurement> {
  const root = await mkdtemp(join(tmpdir(), `dossier-bench-${megabytes}mb-`));
  const folder = join(root, 'journal');
  const progress = (step: string) => process.stderr.write(`[${megabytes} MB] ${step}\n`);
  try {
    progress('generating and creating the case');
    const created = await runInChild<CreateResult>({ kind: 'create', folder, targetBytes: megabytes * 1_000_000, seed });
    progress(`naive: ${naiveEdits(megabytes)} edits with lowdb, then as many written durably`);
    const naive = await runInChild<NaiveResult>({
      kind: 'naive',
      folder: join(root, 'naive'),
      snapshot: join(folder, 'case.json'),
      edits: naiveEdits(megabytes),
    });
    const journal: JournalResult[] = [];
    for (let run = 1; run <= journalRuns; run += 1) {
      progress(`journal run ${run} of ${journalRuns}: open, then ${journalEdits} edits`);
      journal.push(await runInChild<JournalResult>({ kind: 'journal', folder, edits: journalEdits }));
    }
    return { megabytes, created, naive, journal };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1,10,50' },
      full: { type: 'boolean', default: false },
      edits: { type: 'string', default: '2000' },
    },
  });
  const sizes = (values.full ? '1,10,50,200' : values.sizes).split(',').map(Number);
  const journalEdits = Number(values.edits);
  if (sizes.some((size) => !(size > 0)) || !(journalEdits > 0)) {
    throw new Error('Give --sizes as megabytes separated by commas (such as 1,10,50) and --edits as a positive number.');
  }
  const started = new Date();
  const measurements: SizeMeasurement[] = [];
  for (const size of sizes) measurements.push(await measureSize(size, journalEdits));
  const command = ['npx tsx tests/bench/storage.bench.ts', ...process.argv.slice(2)].join(' ');
  const report = renderReport(measurements, started, command);
  process.stdout.write(report);
  await writeFile(resultsFile, report);
  process.stderr.write(`Written to ${resultsFile} in ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
