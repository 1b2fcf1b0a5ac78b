import { createHash } from 'node:crypto';
import { fstatSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceEvent } from './file-system-trace';

/**
 * What a folder tree would hold after a power cut, in two models (see tests/crash/power-loss.test.ts):
 *
 * - strict: only what was made durable survives. A file's bytes survive as of its last fsync/fdatasync; a name in a
 *   folder (created, renamed in or out, removed) survives as of that folder's last fsync. Nothing else does.
 * - eager: every name change reaches the disk at once (as many file systems order metadata), but file bytes still
 *   only as of their last fsync — except that half of any bytes appended since then may have made it (a torn append).
 *
 * The model follows the real files: after each traced call it reads the tree (names, inode numbers, bytes) and keeps
 * a crash image — the tree a power cut at that moment would leave, in each model. Identical images are kept once.
 */
export interface CrashImage {
  /** Relative path → bytes, or 'folder'. */
  readonly files: ReadonlyMap<string, Buffer | 'folder'>;
  readonly signature: string;
}

interface Entry {
  /** The file's identity: inode and birth time, as inode numbers of removed files are reused. */
  readonly identity: string;
  readonly folder: boolean;
}

function identityOf(stats: { ino: bigint; birthtimeNs: bigint }): string {
  return `${stats.ino}:${stats.birthtimeNs}`;
}

const nothing = Buffer.alloc(0);

/**
 * The storage code's calls run on other threads while the model reads, so a file may vanish between being listed and
 * being read: it counts as gone, as if that call had already finished.
 */
function unlessGone<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function listing(folder: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const entry of unlessGone(() => readdirSync(folder, { withFileTypes: true })) ?? []) {
    const stats = unlessGone(() => lstatSync(join(folder, entry.name), { bigint: true }));
    if (stats) entries.set(entry.name, { identity: identityOf(stats), folder: entry.isDirectory() });
  }
  return entries;
}

function signatureOf(files: ReadonlyMap<string, Buffer | 'folder'>): string {
  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([left], [right]) => left.localeCompare(right))) {
    hash.update(`${path}\0${content === 'folder' ? 'folder' : createHash('sha256').update(content).digest('hex')}\0`);
  }
  return hash.digest('hex');
}

/** Keeps an image unless it is the same as the one before. */
function keep(images: CrashImage[], files: Map<string, Buffer | 'folder'>): void {
  const signature = signatureOf(files);
  if (images.at(-1)?.signature !== signature) images.push({ files, signature });
}

export class PowerLossModel {
  readonly strict: CrashImage[] = [];
  readonly eager: CrashImage[] = [];
  /** Durable names, by folder path; a folder never fsync'd holds none (it is new: the root is the exception). */
  private readonly durableNames = new Map<string, Map<string, Entry>>();
  /** Durable bytes, by file identity. */
  private readonly durableBytes = new Map<string, Buffer>();

  /** Everything under `root` (which must exist) counts as durable to begin with; only what happens under it is modelled. */
  constructor(private readonly root: string) {
    const record = (folder: string) => {
      const entries = listing(folder);
      this.durableNames.set(folder, entries);
      for (const [name, entry] of entries) {
        if (entry.folder) record(join(folder, name));
        else this.durableBytes.set(entry.identity, readFileSync(join(folder, name)));
      }
    };
    record(root);
    keep(this.strict, this.strictImage());
    keep(this.eager, this.eagerImage());
  }

  /** The trace listener: updates what is durable, then keeps the images a power cut now would leave. */
  observe(event: TraceEvent): void {
    if (!event.path.startsWith(`${this.root}/`) && event.path !== this.root) return;
    if (event.kind === 'sync') {
      const stats = fstatSync(event.descriptor, { bigint: true });
      if (stats.isDirectory()) this.durableNames.set(event.path, listing(event.path));
      else this.durableBytes.set(identityOf(stats), readFileSync(`/proc/self/fd/${event.descriptor}`));
      keep(this.strict, this.strictImage());
    }
    keep(this.eager, this.eagerImage());
  }

  private strictImage(): Map<string, Buffer | 'folder'> {
    const files = new Map<string, Buffer | 'folder'>();
    const walk = (folder: string, relative: string) => {
      for (const [name, entry] of this.durableNames.get(folder) ?? new Map<string, Entry>()) {
        const path = relative ? `${relative}/${name}` : name;
        if (entry.folder) {
          files.set(path, 'folder');
          walk(join(folder, name), path);
        } else files.set(path, this.durableBytes.get(entry.identity) ?? nothing);
      }
    };
    walk(this.root, '');
    return files;
  }

  private eagerImage(): Map<string, Buffer | 'folder'> {
    const files = new Map<string, Buffer | 'folder'>();
    const walk = (folder: string, relative: string) => {
      for (const [name, entry] of listing(folder)) {
        const path = relative ? `${relative}/${name}` : name;
        if (entry.folder) {
          files.set(path, 'folder');
          walk(join(folder, name), path);
          continue;
        }
        const durable = this.durableBytes.get(entry.identity) ?? nothing;
        const actual = unlessGone(() => readFileSync(join(folder, name)));
        if (!actual) continue;
        const appended = actual.length > durable.length && actual.subarray(0, durable.length).equals(durable);
        files.set(path, appended ? actual.subarray(0, durable.length + Math.ceil((actual.length - durable.length) / 2)) : durable);
      }
    };
    walk(this.root, '');
    return files;
  }
}

/** Writes a crash image out as real files, to be opened as a restarted Dossier would. */
export function materialize(image: CrashImage, target: string): void {
  mkdirSync(target, { recursive: true, mode: 0o700 });
  for (const [path, content] of [...image.files].sort(([left], [right]) => left.localeCompare(right))) {
    if (content === 'folder') mkdirSync(join(target, path), { recursive: true, mode: 0o700 });
    else writeFileSync(join(target, path), content, { mode: 0o600 });
  }
}
