import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyAsIfCrashed, folderContents } from '../../support/case-files';
import { actor, addIncident, addIncidents, createStore, openStore, testEnvironment, titles } from '../../support/case-store';
import { fillDisk, mountSmallDisk, overlayReadOnly, remountReadOnly, removeFiller, smallDisksAvailable, unmount } from '../../support/small-disk';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const mounted: string[] = [];
// Registered after the temporary folders' hook, so it runs first: the disk is unmounted before its folder is removed.
afterEach(() => {
  for (const folder of mounted.splice(0).reverse()) unmount(folder);
});

async function smallDisk(): Promise<string> {
  const folder = await temporaryFolder();
  mountSmallDisk(folder);
  mounted.push(folder);
  return folder;
}

/** An edit whose journal line is longer than a memory page, so it never fits in what is left of the last one. */
const longSummary = 'Witnesses describe the fire spreading from the north shed. '.repeat(120);

describe.skipIf(!smallDisksAvailable)('a full disk and a read-only folder (mounts a 2 MB tmpfs: needs root, skipped otherwise)', () => {
  it('refuses an edit when the disk is full, naming the journal, changes nothing, and works again once there is room', async () => {
    const disk = await smallDisk();
    const folder = join(disk, 'case');
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    const before = await addIncidents(store, environment, titles(2));
    const journal = join(folder, 'journal.ndjson');
    const journalBefore = await readFile(journal);
    const filler = join(disk, 'filler');
    expect(await fillDisk(filler)).toBeGreaterThan(1_000_000);

    const refused = await store.apply(addIncident(environment, { title: 'Does not fit', summary: longSummary }), actor);
    expect(refused).toEqual({ ok: false, error: { code: 'storage-failed', message: `Nothing was saved: ${journal}: the disk is full (ENOSPC).` } });
    expect(store.file.incidents).toEqual(before);
    expect(store.status.sequence).toBe(2);
    expect(await readFile(journal)).toEqual(journalBefore);

    await removeFiller(filler);
    const fits = await store.apply(addIncident(environment, { title: 'Fits now', summary: longSummary }), actor);
    expect(fits.ok).toBe(true);
    await store.close();
    const reopened = await openStore(folder, environment);
    expect(reopened.status).toMatchObject({ recovery: [], sequence: 3 });
    expect(reopened.file.incidents.map((incident) => incident.title)).toEqual(['Incident 1', 'Incident 2', 'Fits now']);
    expect(await reopened.verify()).toMatchObject({ intact: true, records: 3 });
    await reopened.close();
  });

  it('loses no confirmed edit when the snapshot cannot be written for want of space', async () => {
    const disk = await smallDisk();
    const folder = join(disk, 'case');
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 2 });
    // A case large enough that its snapshot cannot fit in what the journal's edits leave free.
    await addIncidents(store, environment, titles(4).map((title) => `${title} ${longSummary.slice(0, 100)}`));
    await store.snapshot();
    const filler = join(disk, 'filler');
    await fillDisk(filler);
    const confirmed: string[] = [];
    for (const title of titles(6, 'On a full disk')) {
      const result = await store.apply(addIncident(environment, { title }), actor);
      if (result.ok) confirmed.push(title);
      else expect(result.error).toMatchObject({ code: 'storage-failed', message: expect.stringContaining('the disk is full') });
    }
    expect(confirmed.length).toBeLessThan(6);
    await store.close();
    await removeFiller(filler);
    const reopened = await openStore(folder, environment);
    expect(reopened.status.recovery).toEqual([]);
    expect(reopened.file.incidents.map((incident) => incident.title).slice(4)).toEqual(confirmed);
    expect(await reopened.verify()).toMatchObject({ intact: true });
    await reopened.close();
  });

  it('opens a case read-only on a full disk, saying why, and for writing again once there is room', async () => {
    const disk = await smallDisk();
    const folder = join(disk, 'case');
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    await addIncidents(store, environment, titles(2));
    await store.close();
    const filler = join(disk, 'filler');
    await fillDisk(filler);

    const crowded = await openStore(folder, environment);
    expect(crowded.status.access).toMatchObject({ mode: 'read-only', reason: expect.stringContaining('the disk is full (ENOSPC)') });
    expect(crowded.file.incidents).toHaveLength(2);
    await crowded.close();

    await removeFiller(filler);
    const roomy = await openStore(folder, environment);
    expect(roomy.status).toMatchObject({ access: { mode: 'write' }, recovery: [] });
    await roomy.close();
  });

  it('opens a crashed case read-only on a full disk, touching nothing, and repairs it once there is room', async () => {
    const disk = await smallDisk();
    const folder = join(disk, 'case');
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    for (const title of titles(2)) await store.apply(addIncident(environment, { title, summary: longSummary }), actor);
    const crashed = await copyAsIfCrashed(folder, join(disk, 'crashed'));
    await store.close();
    await appendFile(join(crashed, 'journal.ndjson'), '{"sequence":3,"ti');
    const filler = join(disk, 'filler');
    await fillDisk(filler);

    const before = await folderContents(crashed);
    const crowded = await openStore(crashed, environment);
    expect(crowded.status).toMatchObject({ access: { mode: 'read-only', reason: expect.stringContaining('the disk is full') }, sequence: 2 });
    await crowded.close();
    expect(await folderContents(crashed)).toEqual(before);

    await removeFiller(filler);
    const repaired = await openStore(crashed, environment);
    expect(repaired.status).toMatchObject({ access: { mode: 'write' }, sequence: 2 });
    expect(repaired.status.recovery[0]).toContain('never confirmed as saved');
    await repaired.close();
  });

  it('opens a case in a folder that turned read-only as read-only, saying why, and loses nothing', async () => {
    const disk = await smallDisk();
    const folder = join(disk, 'case');
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    const added = await addIncidents(store, environment, titles(3));
    await store.close();
    remountReadOnly(disk);
    const before = await folderContents(folder);

    const reader = await openStore(folder, environment);
    expect(reader.status.access).toMatchObject({ mode: 'read-only', reason: expect.stringContaining('the folder is read-only (EROFS)') });
    expect(reader.file.incidents).toEqual(added);
    const refused = await reader.apply(addIncident(environment, { title: 'Refused' }), actor);
    expect(refused).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringContaining('the folder is read-only') } });
    await reader.close();
    expect(await folderContents(folder)).toEqual(before);
  });

  it('keeps every confirmed edit when the folder turns read-only under an open case, and closes without throwing', async () => {
    const folder = join(await temporaryFolder(), 'case');
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 3 });
    await addIncidents(store, environment, titles(2));
    overlayReadOnly(folder);
    mounted.push(folder);
    const confirmed = ['Incident 1', 'Incident 2'];
    for (const title of titles(6, 'Read-only')) {
      const result = await store.apply(addIncident(environment, { title }), actor);
      if (result.ok) confirmed.push(title);
      else expect(result.error).toMatchObject({ code: 'storage-failed', message: expect.stringContaining('Nothing was saved') });
    }
    await expect(store.close()).resolves.toBeUndefined();
    unmount(mounted.pop()!);
    const reopened = await openStore(folder, environment);
    expect(reopened.file.incidents.map((incident) => incident.title)).toEqual(confirmed);
    expect(await reopened.verify()).toMatchObject({ intact: true });
    await reopened.close();
  });
});
