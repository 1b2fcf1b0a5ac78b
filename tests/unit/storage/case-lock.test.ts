import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, releaseLock } from '../../../electron/core/storage/case-lock';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

describe('a case lock', () => {
  it('is held once: a second session of this live process is turned away, the same session is let back in', async () => {
    const lock = join(await temporaryFolder(), 'lock');
    expect(await acquireLock(lock, 'first')).toMatchObject({ held: true, owner: { pid: process.pid, host: hostname(), session: 'first' } });
    expect(await acquireLock(lock, 'second')).toMatchObject({ held: false, reason: expect.stringContaining(`process ${process.pid} on ${hostname()}`) });
    expect(await acquireLock(lock, 'first')).toMatchObject({ held: true });
  });

  it('is given back only by its own session', async () => {
    const lock = join(await temporaryFolder(), 'lock');
    await acquireLock(lock, 'first');
    await releaseLock(lock, 'second');
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ session: 'first' });
    await releaseLock(lock, 'first');
    await expect(readFile(lock)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('that cannot be read is left alone when given back', async () => {
    const lock = join(await temporaryFolder(), 'lock');
    await writeFile(lock, 'garbage');
    await releaseLock(lock, 'first');
    expect(await readFile(lock, 'utf8')).toBe('garbage');
  });

  it('cannot be taken in a folder that does not exist, and says why instead of throwing', async () => {
    const lock = join(await temporaryFolder(), 'missing', 'lock');
    expect(await acquireLock(lock, 'first')).toEqual({
      held: false,
      reason: `This case cannot be changed here: ${lock}: the file or folder does not exist (ENOENT).`,
    });
  });

  describe('written before this machine last started', () => {
    const beforeBoot = () => new Date(Date.now() - uptime() * 1000 - 60_000);

    it('is stale even when its pid now belongs to a running program', async () => {
      const file = join(await temporaryFolder(), 'lock');
      const owner = { pid: process.ppid, host: hostname(), session: 'before-reboot', since: beforeBoot().toISOString() };
      await writeFile(file, JSON.stringify(owner));
      expect(await acquireLock(file, 'after-reboot')).toMatchObject({ held: false });
      await utimes(file, beforeBoot(), beforeBoot());
      expect(await acquireLock(file, 'after-reboot')).toMatchObject({ held: true, owner: { session: 'after-reboot' } });
    });

    it('is stale when a power cut left it empty', async () => {
      const file = join(await temporaryFolder(), 'lock');
      await writeFile(file, '');
      await utimes(file, beforeBoot(), beforeBoot());
      expect(await acquireLock(file, 'after-power-cut')).toMatchObject({ held: true });
    });
  });
});
