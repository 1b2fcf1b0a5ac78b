import { createHash, randomBytes } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { copyFile, mkdtemp, open, rename, rm, stat, utimes, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failure, sanitizeAttachmentName, success, type Attachment, type AttachmentCheck, type Result } from '../../../shared';
import { maximumAttachmentBytes, maximumAttachmentSize } from '../../../shared/channels/attachments';
import type { CaseFolderLayout } from './case-folder';
import { ensurePrivateFolder, privateFileMode, syncFolder } from './durable-file';
import { describeStorageError } from './storage-errors';

export interface StoredFile {
  readonly sha256: string;
  readonly bytes: number;
  readonly path: string;
  /** The same content was in the case already, so nothing new was written. */
  readonly existed: boolean;
}

export interface StoreOptions {
  /** How many bytes are coming, when known: more than the limit is refused before anything is written. */
  readonly totalBytes?: number;
  readonly onProgress?: (bytesSoFar: number, totalBytes: number | undefined) => void;
  /** Aborting stops the copy, removes what was written, and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly maximumBytes?: number;
}

const readChunkBytes = 1024 * 1024;

export function attachmentPath(layout: CaseFolderLayout, sha256: string): string {
  return join(layout.attachments, sha256);
}

function tooLarge(what: string): Result<never> {
  return failure('invalid-input', `${what} is larger than ${maximumAttachmentSize}, the most an attachment may be.`);
}

async function writeWhole(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) offset += (await handle.write(chunk, offset, chunk.byteLength - offset)).bytesWritten;
}

/** Moves the finished copy to its hash's name; a copy already there of the same size is that content, so it stays. */
async function settle(layout: CaseFolderLayout, temporary: string, sha256: string, bytes: number): Promise<StoredFile> {
  const path = attachmentPath(layout, sha256);
  const existing = await stat(path).catch(() => undefined);
  // A copy of another size there was damaged: the bytes just hashed replace it.
  const existed = existing?.isFile() === true && existing.size === bytes;
  if (existed) {
    await rm(temporary, { force: true });
    // Stored again now: a sweep at opening spares files stored since the snapshot, as its record may be on its way.
    const now = new Date();
    await utimes(path, now, now);
  } else await rename(temporary, path);
  await syncFolder(layout.attachments);
  return { sha256, bytes, path, existed };
}

/**
 * Streams content into the case's attachments/ folder, never holding it whole in memory: into a private temp file,
 * hashed as it goes, fsync'd, renamed to its SHA-256, the folder fsync'd. A failure or a cancel leaves no temp file.
 */
export async function storeAttachment(layout: CaseFolderLayout, content: AsyncIterable<Uint8Array>, options: StoreOptions = {}): Promise<Result<StoredFile>> {
  const { signal, onProgress, totalBytes, maximumBytes = maximumAttachmentBytes } = options;
  if (totalBytes !== undefined && totalBytes > maximumBytes) return tooLarge('The file');
  signal?.throwIfAborted();
  const temporary = join(layout.attachments, `.incoming.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  let settled = false;
  try {
    await ensurePrivateFolder(layout.attachments);
    handle = await open(temporary, 'wx', privateFileMode);
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of content) {
      signal?.throwIfAborted();
      bytes += chunk.byteLength;
      if (bytes > maximumBytes) return tooLarge('The file');
      hash.update(chunk);
      await writeWhole(handle, chunk);
      onProgress?.(bytes, totalBytes);
    }
    signal?.throwIfAborted();
    await handle.sync();
    await handle.close();
    handle = undefined;
    const stored = await settle(layout, temporary, hash.digest('hex'), bytes);
    settled = true;
    return success(stored);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return failure('storage-failed', `The file could not be stored in the case: ${describeStorageError(error, layout.attachments)}`);
  } finally {
    await handle?.close().catch(() => undefined);
    if (!settled) await rm(temporary, { force: true });
  }
}

/** Reading never waits on a pipe or device with no writer: the file is checked before anything is read from it. */
const readWithoutBlocking = process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

async function openRegularFile(path: string): Promise<Result<{ handle: FileHandle; bytes: number }>> {
  let handle: FileHandle;
  try {
    handle = await open(path, readWithoutBlocking);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failure('not-found', `There is no file at ${path}.`);
    return failure('invalid-input', `The file cannot be read: ${describeStorageError(error, path)}`);
  }
  const found = await handle.stat();
  if (found.isFile()) return success({ handle, bytes: found.size });
  await handle.close();
  return failure('invalid-input', found.isDirectory() ? `${path} is a folder; choose a file to attach.` : `${path} is not a regular file (a device, pipe or socket); choose a file to attach.`);
}

/** Copies a file of this machine into the case: refused, saying why, if it is not a regular file or is too large. */
export async function importAttachmentFile(layout: CaseFolderLayout, path: string, options: Omit<StoreOptions, 'totalBytes'> = {}): Promise<Result<StoredFile>> {
  const opened = await openRegularFile(path);
  if (!opened.ok) return opened;
  const { handle, bytes } = opened.value;
  try {
    if (bytes > (options.maximumBytes ?? maximumAttachmentBytes)) return tooLarge(path);
    const content = handle.createReadStream({ autoClose: false, highWaterMark: readChunkBytes, signal: options.signal });
    return await storeAttachment(layout, content, { ...options, totalBytes: bytes });
  } finally {
    await handle.close();
  }
}

/** The SHA-256 of a file's content, read in chunks. */
export async function hashOf(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: readChunkBytes })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function check(path: string, sha256: string): Promise<Pick<AttachmentCheck, 'state' | 'reason'>> {
  try {
    return { state: (await hashOf(path)) === sha256 ? 'ok' : 'changed' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { state: 'missing' } : { state: 'missing', reason: describeStorageError(error, path) };
  }
}

/** Re-hashes every attachment's file, one file at a time (the disk is the limit), each distinct file once. */
export async function verifyAttachments(layout: CaseFolderLayout, attachments: readonly Attachment[]): Promise<AttachmentCheck[]> {
  const results = new Map<string, Pick<AttachmentCheck, 'state' | 'reason'>>();
  const checks: AttachmentCheck[] = [];
  for (const { id, name, sha256 } of attachments) {
    if (!results.has(sha256)) results.set(sha256, await check(attachmentPath(layout, sha256), sha256));
    checks.push({ id, name, sha256, ...results.get(sha256)! });
  }
  return checks;
}

/**
 * A private copy under the attachment's (safe) name, for the system viewer: the stored file has no extension, and the
 * viewer must never be able to change the case's copy. The caller removes the folder when it is done with it.
 */
export async function viewingCopy(storedPath: string, name: string, parent = tmpdir()): Promise<string> {
  const folder = await mkdtemp(join(parent, 'dossier-view-'));
  const copy = join(folder, sanitizeAttachmentName(name).name);
  await copyFile(storedPath, copy, constants.COPYFILE_EXCL);
  return copy;
}
