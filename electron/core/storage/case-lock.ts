import { hostname, uptime } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { z } from 'zod';
import { privateFileMode } from './durable-file';
import { describeStorageError } from './storage-errors';

const lockSchema = z.object({ pid: z.number().int().positive(), host: z.string(), session: z.string(), since: z.string() });
export type LockOwner = z.infer<typeof lockSchema>;

export type LockOutcome =
  | { readonly held: true; readonly owner: LockOwner }
  | { readonly held: false; readonly reason: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock file last written before this machine started cannot belong to a running process, whatever it says: its
 * pid may since have been given to another program, or a power cut may have left it empty.
 */
async function predatesBoot(file: string): Promise<boolean> {
  const bootedAt = Date.now() - uptime() * 1000;
  return stat(file).then(
    (found) => found.mtimeMs < bootedAt,
    () => false,
  );
}

async function createLock(file: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', privateFileMode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } catch (error) {
    // A lock we made but could not fill (a full disk) would read as garbage and block the case for good.
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

async function readOwner(file: string): Promise<LockOwner | string> {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : 'it does not name an owner';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it vanished while being read' : 'it is not valid JSON';
  }
}

/**
 * Takes a case's lock file, so only one process writes the case. A lock left by a process of this machine that
 * no longer runs, or written before the machine last started, is stale and taken over; a lock held by a live
 * process, another machine or that cannot be read leaves the case read-only here, with the reason.
 */
export async function acquireLock(file: string, session: string): Promise<LockOutcome> {
  try {
    return await takeLock(file, session);
  } catch (error) {
    // A folder that is read-only, or not ours, or full: the case can still be read.
    return { held: false, reason: `This case cannot be changed here: ${describeStorageError(error, file)}` };
  }
}

async function takeLock(file: string, session: string): Promise<LockOutcome> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), session, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await createLock(file, owner)) return { held: true, owner };
    const holder = await readOwner(file);
    const fromEarlierBoot = (typeof holder === 'string' || holder.host === owner.host) && (await predatesBoot(file));
    if (fromEarlierBoot) {
      await rm(file, { force: true });
      continue;
    }
    if (typeof holder === 'string') {
      return { held: false, reason: `The lock file ${file} cannot be read (${holder}). If no other Dossier is using this case, delete that file and open the case again.` };
    }
    if (holder.session === session) return { held: true, owner: holder };
    const stale = holder.host === owner.host && !isAlive(holder.pid);
    if (!stale) {
      return { held: false, reason: `This case is open for editing in another Dossier (process ${holder.pid} on ${holder.host}, since ${holder.since}).` };
    }
    await rm(file, { force: true });
  }
  return { held: false, reason: `The lock file ${file} keeps being taken by another process.` };
}

/**
 * Gives the lock back, only if it is still ours. A lock that cannot be removed (the folder turned read-only) is
 * left: once this process has ended it is stale, and the next opener takes it over.
 */
export async function releaseLock(file: string, session: string): Promise<void> {
  const holder = await readOwner(file);
  if (typeof holder !== 'string' && holder.session === session) await rm(file, { force: true }).catch(() => undefined);
}
