import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Folders and files hold case data: private to the user. */
export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;

export async function ensurePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: privateFolderMode });
}

export async function syncFolder(path: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * Copies a file and makes the copy durable before anything relies on it: copied to a temp name, fsync'd, renamed
 * into place, folder fsync'd — so a crash never leaves a half copy under the real name.
 */
export async function copyFileDurably(source: string, target: string): Promise<void> {
  const temporary = temporaryNameFor(target);
  try {
    await copyFile(source, temporary);
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
}

/** True for the temp files Dossier's durable writes use, so a writer can clear those a killed process left. */
export function isTemporaryName(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(name);
}

function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces a file so that a crash or power cut leaves either the old content or the new, never a torn or empty
 * file: a uniquely named temp file beside it, written and fsync'd, renamed over the target, then the folder fsync'd
 * so the rename itself is durable. The unique name lets two writers never clobber each other's temp file.
 */
export async function writeFileDurably(path: string, content: string | AsyncIterable<string>): Promise<void> {
  const folder = dirname(path);
  const temporary = temporaryNameFor(path);
  const handle = await open(temporary, 'wx', privateFileMode);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else for await (const piece of content) await handle.write(piece, null, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** The same durable replacement, blocking: only for small files such as preferences, whose callers are synchronous. */
export function writeSmallFileDurablySync(path: string, content: string): void {
  const temporary = temporaryNameFor(path);
  const descriptor = openSync(temporary, 'wx', privateFileMode);
  try {
    try {
      writeSync(descriptor, content);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  if (process.platform !== 'win32') {
    const folder = openSync(dirname(path), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  }
}
