import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { CaseStore, type CaseStoreOptions } from '../../electron/core/storage/case-store';
import { writeFileDurably } from '../../electron/core/storage/durable-file';
import { applyChanges, type CaseFile, type Environment } from '../../shared';
import { EditStream, type Edit } from './edits';
import { generateCase } from './generate-case';
import { LoopMonitor, timed, type LoopReport } from './measure';

/** What one benchmark process does; each runs in a fresh process so its memory and start-up are its own. */
export type Task =
  | { readonly kind: 'create'; readonly folder: string; readonly targetBytes: number; readonly seed: number }
  | { readonly kind: 'naive'; readonly folder: string; readonly snapshot: string; readonly edits: number }
  | { readonly kind: 'journal'; readonly folder: string; readonly edits: number };

export interface CreateResult {
  readonly bytes: number;
  readonly generateMs: number;
  readonly counts: Record<string, number>;
}
export interface NaiveResult {
  readonly plain: number[];
  readonly durable: number[];
  readonly loop: LoopReport;
}
export interface JournalResult {
  readonly openMs: number;
  readonly rssAfterOpenBytes: number;
  readonly latencies: number[];
  readonly streamMs: number;
  readonly closeMs: number;
  readonly loop: LoopReport;
}
export type TaskResult = CreateResult | NaiveResult | JournalResult;

const environment: Environment = { now: () => new Date(), newId: randomUUID };
const storeOptions: CaseStoreOptions = { session: 'benchmark', now: environment.now };
const actor = 'Benchmark';

function expectValue<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.message}`);
  return result.value;
}

async function create(task: Extract<Task, { kind: 'create' }>): Promise<CreateResult> {
  const generated = await timed(async () => generateCase({ targetBytes: task.targetBytes, seed: task.seed }));
  const { file, bytes } = generated.value;
  const store = expectValue(await CaseStore.create(task.folder, file, storeOptions), 'Creating the case');
  await store.close();
  const counts = Object.fromEntries(
    (['incidents', 'sources', 'quotes', 'entities', 'annotations'] as const).map((name) => [name, file[name].length]),
  );
  return { bytes, generateMs: generated.milliseconds, counts };
}

/** The original storage: the whole document rewritten by lowdb on every edit. */
async function editWholeDocument(database: Low<CaseFile>, stream: EditStream, edits: number): Promise<number[]> {
  await database.write();
  const latencies: number[] = [];
  for (let count = 0; count < edits; count += 1) {
    const edit: Edit = stream.next(database.data);
    const { milliseconds } = await timed(async () => {
      const decided = expectValue(edit(database.data), 'An edit');
      database.data = expectValue(applyChanges(database.data, decided.changes), 'Applying an edit');
      await database.write();
    });
    latencies.push(milliseconds);
  }
  return latencies;
}

/** lowdb's JSONFile (temp file and rename, no fsync), then the same document written durably as the app did. */
async function naive(task: Extract<Task, { kind: 'naive' }>): Promise<NaiveResult> {
  await mkdir(task.folder, { recursive: true });
  const file = JSON.parse(await readFile(task.snapshot, 'utf8')) as CaseFile;
  const stream = new EditStream(file, environment);
  const monitor = new LoopMonitor().start();
  const plainFile = new Low<CaseFile>(new JSONFile(join(task.folder, 'plain.json')), file);
  const plain = await editWholeDocument(plainFile, stream, task.edits);
  const durablePath = join(task.folder, 'durable.json');
  const durableAdapter: Adapter<CaseFile> = {
    read: async () => null,
    write: (data) => writeFileDurably(durablePath, `${JSON.stringify(data, null, 2)}\n`),
  };
  const durable = await editWholeDocument(new Low(durableAdapter, plainFile.data), stream, task.edits);
  return { plain, durable, loop: monitor.stop() };
}

/**
 * The journal, in a fresh process: the time to open the case (the data work before a first usable screen), then
 * each edit appended and fsync'd, with snapshots every few hundred edits and on close, off the edit path.
 */
async function journal(task: Extract<Task, { kind: 'journal' }>): Promise<JournalResult> {
  const opened = await timed(() => CaseStore.open(task.folder, storeOptions));
  const rssAfterOpenBytes = process.memoryUsage.rss();
  const store = expectValue(opened.value, 'Opening the case');
  const stream = new EditStream(store.file, environment);
  const monitor = new LoopMonitor().start();
  const latencies: number[] = [];
  const started = performance.now();
  for (let count = 0; count < task.edits; count += 1) {
    const edit = stream.next(store.file);
    const applied = await timed(() => store.apply(edit, actor));
    expectValue(applied.value, 'An edit');
    latencies.push(applied.milliseconds);
  }
  const streamMs = performance.now() - started;
  const closed = await timed(() => store.close());
  return { openMs: opened.milliseconds, rssAfterOpenBytes, latencies, streamMs, closeMs: closed.milliseconds, loop: monitor.stop() };
}

export function runTask(task: Task): Promise<TaskResult> {
  switch (task.kind) {
    case 'create':
      return create(task);
    case 'naive':
      return naive(task);
    case 'journal':
      return journal(task);
  }
}
