import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-file';

/**
 * lowdb's own JSONFile adapter renames a temp file but never fsyncs, so a power cut can leave a 0-byte case file.
 * This adapter keeps lowdb's model and makes each write durable. Reading returns the raw parsed JSON: the caller
 * migrates and validates it before anything is trusted.
 */
export class DurableJsonFile implements Adapter<unknown> {
  constructor(private readonly path: string) {}

  async read(): Promise<unknown> {
    const text = await readFile(this.path, 'utf8');
    // A byte-order mark, as some editors save, is not JSON.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  }

  async write(data: unknown): Promise<void> {
    await writeFileDurably(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
