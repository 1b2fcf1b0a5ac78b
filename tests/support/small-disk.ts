import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small tmpfs to run out of space on, or to turn read-only. Mounting needs root (and a kernel that lets this
 * container mount); `smallDisksAvailable` says whether this machine can, found by trying once.
 */
export const smallDisksAvailable: boolean = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const folder = mkdtempSync(join(tmpdir(), 'dossier-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], { stdio: 'ignore' });
    execFileSync('umount', [folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
})();

export function mountSmallDisk(folder: string, size = '2m'): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', folder]);
}

/** Lays a read-only view of a folder over itself: files already open for writing stay writable, nothing else is. */
export function overlayReadOnly(folder: string): void {
  execFileSync('mount', ['--bind', '-o', 'ro', folder, folder]);
}

export function remountReadOnly(folder: string): void {
  execFileSync('mount', ['-o', 'remount,ro', folder]);
}

/** Unmounts, lazily if a test that failed left a file open on the disk. */
export function unmount(folder: string): void {
  try {
    execFileSync('umount', [folder], { stdio: 'ignore' });
  } catch {
    execFileSync('umount', ['--lazy', folder]);
  }
}

/**
 * Fills the disk holding `file` to the last byte: big writes first, then smaller ones, until even one byte does not
 * fit. Returns the filler's size.
 */
export async function fillDisk(file: string): Promise<number> {
  const handle = await open(file, 'w');
  let size = 0;
  try {
    for (const chunk of [1 << 16, 1 << 12, 1 << 8, 1]) {
      const buffer = Buffer.alloc(chunk, 0x2e);
      for (;;) {
        const written = await handle.write(buffer).then(({ bytesWritten }) => bytesWritten, () => 0);
        size += written;
        if (written < chunk) break;
      }
    }
  } finally {
    await handle.close();
  }
  return size;
}

export async function removeFiller(file: string): Promise<void> {
  await rm(file, { force: true });
}
