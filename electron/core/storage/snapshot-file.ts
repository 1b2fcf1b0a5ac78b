import { createHash, subtle } from 'node:crypto';
import { open } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Adapter } from 'lowdb';
import type { CaseFile } from '../../../shared';
import { writeFileDurably } from './durable-file';
import { readSeal, sealFor, writeSeal, type SnapshotSeal } from './snapshot-seal';

/** How long serializing may hold the thread before it lets other work (edits, requests) run. */
const sliceMilliseconds = 8;
type Collection = Exclude<keyof CaseFile, 'schemaVersion' | 'revision' | 'case'>;
/** Every collection of the document, in the order written; the type makes the compiler name any left out. */
const collectionsWritten: Record<Collection, true> = {
  incidents: true,
  sources: true,
  quotes: true,
  entities: true,
  annotations: true,
  incidentLinks: true,
  attachments: true,
  trash: true,
  redactionProfiles: true,
};
const collections = Object.keys(collectionsWritten) as Collection[];
const nonAscii = /[\u0080-\uffff]/g;

/**
 * JSON with every non-ASCII character written as a \u escape. V8 decodes a file that is pure ASCII about four times
 * faster than UTF-8 with even a few accents in it, and keeps it in memory at one byte a character instead of two: at
 * 50 MB that is 150 ms of opening and 50 MB of memory. The price is size for text in other scripts (an Arabic letter
 * takes 6 bytes instead of 2), which costs disk, not time the user waits.
 */
function asciiJson(value: unknown): string {
  const text = JSON.stringify(value);
  nonAscii.lastIndex = 0;
  return nonAscii.test(text) ? text.replace(nonAscii, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}

/**
 * The snapshot's JSON, produced in slices: one record at a time, yielding to the event loop every few
 * milliseconds, so a 200 MB case is written without freezing the process. The document is never mutated in place
 * (edits make new arrays), so the one being serialized stays consistent while edits go on.
 */
async function* snapshotText(file: CaseFile): AsyncGenerator<string> {
  let sliceStart = performance.now();
  let buffer = `{"schemaVersion":${file.schemaVersion},"revision":${asciiJson(file.revision)},"case":${asciiJson(file.case)}`;
  for (const name of collections) {
    buffer += `,${JSON.stringify(name)}:[`;
    const list: readonly unknown[] = file[name];
    for (let index = 0; index < list.length; index += 1) {
      buffer += (index > 0 ? ',' : '') + asciiJson(list[index]);
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

/** Passes the pieces on while hashing them and counting their bytes, so the seal costs no second read. */
async function* measuring(pieces: AsyncIterable<string>, measure: { hash: ReturnType<typeof createHash>; bytes: number }): AsyncGenerator<string> {
  for await (const piece of pieces) {
    measure.hash.update(piece, 'utf8');
    measure.bytes += Buffer.byteLength(piece, 'utf8');
    yield piece;
  }
}

/**
 * Writes a snapshot durably (temp file, fsync, rename, folder fsync), in slices. With `sealPath`, then records the
 * snapshot's SHA-256 there: the document came from validated edits, so a later open that finds the same bytes may
 * trust it without validating it again. A crash between the two leaves an old seal that no longer matches: the next
 * open validates, nothing worse.
 */
export async function writeSnapshot(path: string, file: CaseFile, sealPath?: string): Promise<void> {
  const measure = { hash: createHash('sha256'), bytes: 0 };
  await writeFileDurably(path, measuring(snapshotText(file), measure));
  if (sealPath) await writeSeal(sealPath, sealFor(file, measure.hash.digest('hex'), measure.bytes));
}

/** The whole file in one read: fs.readFile reads in 512 KiB pieces, which doubles the time for a 50 MB snapshot. */
async function readWhole(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function parseSnapshotText(text: string): unknown {
  // A byte-order mark, as some editors save, is not JSON.
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** Reads a snapshot's raw JSON; the caller migrates and validates it. */
export async function readSnapshot(path: string): Promise<unknown> {
  return parseSnapshotText((await readTextAndDigest(path, false)).text);
}

export interface SealedSnapshot {
  readonly raw: unknown;
  /** True when the bytes are exactly those Dossier wrote and sealed: the document needs no validation. */
  readonly trusted: boolean;
}

/**
 * The file's text and, when asked, its SHA-256. Web Crypto hashes on libuv's thread pool, so the digest runs on the
 * other core while this thread decodes; the bytes are let go before the caller parses, so a 200 MB snapshot is not
 * held three times over (bytes, text, parsed document) at the peak.
 */
async function readTextAndDigest(path: string, withDigest: boolean): Promise<{ text: string; sha256?: string }> {
  const bytes = await readWhole(path);
  const digest = withDigest ? subtle.digest('SHA-256', bytes) : undefined;
  const text = bytes.toString('utf8');
  return { text, sha256: digest ? Buffer.from(await digest).toString('hex') : undefined };
}

/** Reads a snapshot and checks it against its seal (a missing or unreadable seal only means "not trusted"). */
export async function readSealedSnapshot(path: string, sealPath: string): Promise<SealedSnapshot> {
  const seal = await readSeal(sealPath);
  const { text, sha256 } = await readTextAndDigest(path, seal !== undefined);
  const raw = parseSnapshotText(text);
  return { raw, trusted: seal !== undefined && sha256 === seal.sha256 && matchesSealedRevision(raw, seal) };
}

function matchesSealedRevision(raw: unknown, seal: SnapshotSeal): boolean {
  const document = raw as Partial<CaseFile>;
  return document.schemaVersion === seal.schemaVersion && document.revision?.sequence === seal.revision.sequence;
}

/** lowdb holds the case's document; its adapter writes the snapshot in slices, durably, and seals it. */
export class SnapshotAdapter implements Adapter<CaseFile> {
  constructor(
    private readonly path: string,
    private readonly sealPath: string,
  ) {}
  async read(): Promise<CaseFile | null> {
    return (await readSnapshot(this.path)) as CaseFile;
  }
  write(data: CaseFile): Promise<void> {
    return writeSnapshot(this.path, data, this.sealPath);
  }
}
