import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderContents, readJson } from '../../support/case-files';
import { deadProcessId, exited, runScript, waitForLine } from '../../support/child-process';
import type { CaseStore } from '../../../electron/core/storage/case-store';
import { actor, addIncident, addIncidents, createStore, openStore, testEnvironment, titles, type TestEnvironment } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const holderScript = new URL('../../support/case-holder.ts', import.meta.url);

const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
});

/** A closed case holding two edits. */
async function closedCase() {
  const folder = await temporaryFolder();
  const environment = testEnvironment();
  const store = await createStore(folder, environment);
  await addIncidents(store, environment, titles(2));
  await store.close();
  return { folder, environment };
}

/** Tries every kind of write a read-only store might attempt, and checks each is refused as read-only. */
async function expectRefusals(store: CaseStore, environment: TestEnvironment, reason: string) {
  expect(await store.apply(addIncident(environment, { title: 'Refused' }), actor)).toEqual({
    ok: false,
    error: { code: 'read-only', message: `Nothing was saved: ${reason}` },
  });
  expect(await store.undo(actor)).toMatchObject({ ok: false, error: { code: 'read-only' } });
  await store.snapshot();
  await store.close();
}

describe('the lock of a case', () => {
  it('is taken on open, names this process, is private, and is given back on close', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { session: 'this-session' });
    expect(await readJson(join(folder, 'lock'))).toEqual({ pid: process.pid, host: hostname(), session: 'this-session', since: expect.any(String) });
    await store.close();
    expect(Object.keys(await folderContents(folder))).not.toContain('lock');
  });

  it('that is garbage leaves the case read-only, naming the lock file, and nothing is written', async () => {
    const { folder, environment } = await closedCase();
    const lock = join(folder, 'lock');
    await writeFile(lock, 'not a lock at all');
    const before = await folderContents(folder);
    const store = await openStore(folder, environment);
    const reason = `The lock file ${lock} cannot be read (it is not valid JSON). If no other Dossier is using this case, delete that file and open the case again.`;
    expect(store.status.access).toEqual({ mode: 'read-only', reason });
    expect(store.file.incidents).toHaveLength(2);
    await expectRefusals(store, environment, reason);
    expect(await folderContents(folder)).toEqual(before);
  });

  it('that names no owner is not taken over either', async () => {
    const { folder, environment } = await closedCase();
    await writeFile(join(folder, 'lock'), '{"pid":"me"}');
    const store = await openStore(folder, environment);
    expect(store.status.access).toMatchObject({ mode: 'read-only', reason: expect.stringContaining('(it does not name an owner)') });
    await store.close();
    expect(await readFile(join(folder, 'lock'), 'utf8')).toBe('{"pid":"me"}');
  });

  it('left by a process that has died on this machine is taken over', async () => {
    const { folder, environment } = await closedCase();
    const dead = deadProcessId();
    await writeFile(join(folder, 'lock'), JSON.stringify({ pid: dead, host: hostname(), session: 'dead', since: '2026-01-01T00:00:00.000Z' }));
    const store = await openStore(folder, environment, { session: 'new-owner' });
    expect(store.status.access).toEqual({ mode: 'write' });
    expect(await readJson(join(folder, 'lock'))).toMatchObject({ pid: process.pid, session: 'new-owner' });
    await addIncidents(store, environment, ['After the takeover']);
    await store.close();
  });

  it('held by another machine is respected, whatever its process id', async () => {
    const { folder, environment } = await closedCase();
    const lock = { pid: deadProcessId(), host: 'another-machine', session: 'remote', since: '2026-01-01T00:00:00.000Z' };
    await writeFile(join(folder, 'lock'), JSON.stringify(lock));
    const before = await folderContents(folder);
    const store = await openStore(folder, environment);
    const reason = `This case is open for editing in another Dossier (process ${lock.pid} on another-machine, since 2026-01-01T00:00:00.000Z).`;
    expect(store.status.access).toEqual({ mode: 'read-only', reason });
    await expectRefusals(store, environment, reason);
    expect(await folderContents(folder)).toEqual(before);
  });

  it('held by a live second process makes this opener read-only, never writing, until that process dies', async () => {
    const { folder, environment } = await closedCase();
    const holder = runScript(holderScript, [folder]);
    children.push(holder);
    expect(await waitForLine(holder, (line) => line.startsWith('ready'))).toBe('ready write 3');

    const before = await folderContents(folder);
    const reader = await openStore(folder, environment);
    expect(reader.status.access).toMatchObject({
      mode: 'read-only',
      reason: expect.stringContaining(`This case is open for editing in another Dossier (process ${holder.pid} on ${hostname()}`),
    });
    // The reader sees the other process's confirmed edit, replayed from its journal.
    expect(reader.file.incidents.map((incident) => incident.title)).toEqual(['Incident 1', 'Incident 2', 'From the other process']);
    await expectRefusals(reader, environment, (reader.status.access as { reason: string }).reason);
    expect(await folderContents(folder)).toEqual(before);

    holder.kill('SIGKILL');
    await exited(holder);
    const writer = await openStore(folder, environment);
    expect(writer.status).toMatchObject({ access: { mode: 'write' }, recovery: [], sequence: 3 });
    await writer.close();
  });

  it('is given back by a second process that closes the case, and then this one may write', async () => {
    const { folder, environment } = await closedCase();
    const holder = runScript(holderScript, [folder]);
    children.push(holder);
    await waitForLine(holder, (line) => line.startsWith('ready'));
    holder.stdin!.end();
    await exited(holder);
    expect(holder.exitCode).toBe(0);
    const writer = await openStore(folder, environment);
    expect(writer.status).toMatchObject({ access: { mode: 'write' }, recovery: [], sequence: 3 });
    await writer.close();
  });
});
