import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../electron/core/storage/case-store';
import { caseFileSchema } from '../../../shared';
import { call, openTestCore } from '../../support/core';
import { folderContents, readJson } from '../../support/case-files';
import { actor, addIncident, createStore, day, minute, testEnvironment, type TestEnvironment } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

/** One edit, and the snapshot (and backup) it sets off with snapshotEvery: 1, written before the clock moves on. */
async function editAndSnapshot(store: CaseStore, environment: TestEnvironment, title: string): Promise<void> {
  const applied = await store.apply(addIncident(environment, { title }), actor);
  if (!applied.ok) throw new Error(applied.error.message);
  await store.snapshot();
}

async function backupTimes(store: CaseStore): Promise<string[]> {
  return (await store.backups()).map((backup) => backup.createdAt);
}

describe('rolling backups', () => {
  it('copy the snapshot at most every ten minutes, each a readable case at its revision', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment(Date.UTC(2026, 0, 1, 12));
    const store = await createStore(folder, environment, { snapshotEvery: 1 });
    await editAndSnapshot(store, environment, 'At noon');
    environment.advance(5 * minute);
    await editAndSnapshot(store, environment, 'Five minutes later');
    environment.advance(6 * minute);
    await editAndSnapshot(store, environment, 'Eleven minutes after noon');
    const backups = await store.backups();
    expect(backups.map(({ name }) => name)).toEqual(['2026-01-01T12-11-00-000Z-r3.json', '2026-01-01T12-00-00-000Z-r1.json']);
    const newest = caseFileSchema.parse(await readJson(backups[0]!.file));
    expect(newest.revision.sequence).toBe(3);
    expect(newest.incidents.map((incident) => incident.title)).toEqual(['At noon', 'Five minutes later', 'Eleven minutes after noon']);
    expect(backups[0]!.bytes).toBe((await stat(backups[0]!.file)).size);
    await store.close();
  });

  it('keep the five most recent and the newest of each of the last seven days', async () => {
    const folder = await temporaryFolder();
    const start = Date.UTC(2026, 0, 1, 12);
    const environment = testEnvironment(start);
    const store = await createStore(folder, environment, { snapshotEvery: 1 });
    for (let dayIndex = 0; dayIndex < 10; dayIndex += 1) {
      for (const minutes of [0, 11, 22]) {
        environment.advance(start + dayIndex * day + minutes * minute - environment.now().getTime());
        await editAndSnapshot(store, environment, `Day ${dayIndex + 1}, ${minutes} minutes past noon`);
      }
    }
    // Now is 10 January 12:22; seven days back is 3 January 12:22, which still counts.
    expect(await backupTimes(store)).toEqual([
      '2026-01-10T12:22:00.000Z',
      '2026-01-10T12:11:00.000Z',
      '2026-01-10T12:00:00.000Z',
      '2026-01-09T12:22:00.000Z',
      '2026-01-09T12:11:00.000Z',
      '2026-01-08T12:22:00.000Z',
      '2026-01-07T12:22:00.000Z',
      '2026-01-06T12:22:00.000Z',
      '2026-01-05T12:22:00.000Z',
      '2026-01-04T12:22:00.000Z',
      '2026-01-03T12:22:00.000Z',
    ]);
    await store.close();
  });

  it('ignore files in the backups folder that are not backups', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 1 });
    await editAndSnapshot(store, environment, 'One');
    await writeFile(join(folder, 'backups', 'notes.txt'), 'mine');
    expect(await backupTimes(store)).toEqual(['2026-01-01T12:00:00.000Z']);
    environment.advance(20 * minute);
    await editAndSnapshot(store, environment, 'Two');
    expect((await readdir(join(folder, 'backups'))).sort()).toEqual([
      '2026-01-01T12-00-00-000Z-r1.json',
      '2026-01-01T12-20-00-000Z-r2.json',
      'notes.txt',
    ]);
    await store.close();
  });
});

describe('restoring a backup through the core', () => {
  it('makes a new case from the backup and leaves the original as it was', async () => {
    const folder = await temporaryFolder();
    const first = await openTestCore(folder);
    const { id: caseId } = await call(first, 'case.create', { name: 'Harbour fires' });
    await call(first, 'incident.create', { caseId, incident: { title: 'Before the backup' } });
    await first.close();

    const core = await openTestCore(folder);
    await call(core, 'incident.create', { caseId, incident: { title: 'After the backup' } });
    const [backup, ...others] = await call(core, 'case.backups', { caseId });
    expect(others).toEqual([]);
    const original = join(folder, 'cases', caseId);
    const before = await folderContents(original);

    const restored = await call(core, 'case.restoreBackup', { caseId, backup: backup!.name });
    expect(await folderContents(original)).toEqual(before);
    expect(restored.id).not.toBe(caseId);
    expect(restored.name).toBe(`Harbour fires (restored from ${backup!.createdAt})`);
    const file = await call(core, 'case.get', { caseId: restored.id });
    expect(file.incidents.map((incident) => incident.title)).toEqual(['Before the backup']);
    expect(await call(core, 'case.status', { caseId: restored.id })).toMatchObject({ sequence: 0, access: { mode: 'write' } });
    expect((await call(core, 'case.get', { caseId })).incidents.map((incident) => incident.title)).toEqual(['Before the backup', 'After the backup']);
    expect((await call(core, 'library.list', {})).cases.map((listing) => listing.id)).toEqual(expect.arrayContaining([caseId, restored.id]));
    await core.close();
  });

  it('refuses a backup the case does not have', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const { id: caseId } = await call(core, 'case.create', { name: 'No backups yet' });
    expect(await core.invoke('case.restoreBackup', { caseId, backup: '2020-01-01T00-00-00-000Z-r1.json' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'This case has no backup called "2020-01-01T00-00-00-000Z-r1.json".' },
    });
    expect(await core.invoke('case.restoreBackup', { caseId, backup: '../case.json' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await core.close();
  });
});
