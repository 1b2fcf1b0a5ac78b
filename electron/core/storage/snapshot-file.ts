import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { CaseFile } from '../../../shared';
import { writeFileDurably } from './durable-file';

/** How long serializing may hold the thread before it lets other work (edits, requests) run. */
const sliceMilliseconds = 8;
const collections = ['incidents', 'sources', 'quotes', 'entities', 'annotations', 'incidentLinks'] as const;

/**
 * The snapshot's JSON, produced in slices: one record at a time, yielding to the event loop every few
 * milliseconds, so a 200 MB case is written without freezing the process. The document is never mutated in place
 * (edits make new arrays), so the one being serialized stays consistent while edits go on.
 */
async function* snapshotText(file: CaseFile): AsyncGenerator<string> {
  let sliceStart = performance.now();
  let buffer = `{"schemaVersion":${file.schemaVersion},"revision":${JSON.stringify(file.revision)},"case":${JSON.stringify(file.case)}`;
  for (const name of collections) {
    buffer += `,${JSON.stringify(name)}:[`;
    const list: readonly unknown[] = file[name];
    for (let index = 0; index < list.length; index += 1) {
      buffer += (index > 0 ? ',' : '') + JSON.stringify(list[index]);
      if (buffer.length > 1 << 20 || performance.now() - sliceStart > sliceMilliseconds) {
        yield buffer;
        buffer = '';
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    buffer += ']';
  }
  yield `${buffer}}\n`;
}

/** Writes a snapshot durably (temp file, fsync, rename, folder fsync), in slices. */
export function writeSnapshot(path: string, file: CaseFile): Promise<void> {
  return writeFileDurably(path, snapshotText(file));
}

/** Reads a snapshot's raw JSON; the caller migrates and validates it. */
export async function readSnapshot(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  // A byte-order mark, as some editors save, is not JSON.
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** lowdb holds the case's document; its adapter writes the snapshot in slices, durably. */
export class SnapshotAdapter implements Adapter<CaseFile> {
  constructor(private readonly path: string) {}
  async read(): Promise<CaseFile | null> {
    return (await readSnapshot(this.path)) as CaseFile;
  }
  write(data: CaseFile): Promise<void> {
    return writeSnapshot(this.path, data);
  }
}
