import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/core/storage/case-store';
import { caseFileSchema, currentSchemaVersion } from '../../../shared';
import { copyAsIfCrashed, folderContents, readJson } from '../../support/case-files';
import { addIncidents, createStore, minute, openStore, storeOptions, testEnvironment, titles } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

/**
 * A case whose writer died after confirming five edits: the one backup (of revision 2) is older than the snapshot
 * (revision 4, too soon after it for a backup of its own), and edit 5 is only in the journal. Recovering from the
 * backup must replay edits 3 and 4 from history and 5 from the journal.
 */
async function crashedCaseWithBackup() {
  const folder = await temporaryFolder();
  const environment = testEnvironment();
  const store = await createStore(folder, environment, { snapshotEvery: 2 });
  const added = [];
  for (const title of titles(5)) {
    added.push(...(await addIncidents(store, environment, [title])));
    // Wait for the snapshot every second edit sets off, so the clock has not moved on before it is written.
    if (added.length % 2 === 0) await store.snapshot();
    environment.advance(minute);
  }
  const crashed = await copyAsIfCrashed(folder, join(await temporaryFolder(), 'case'));
  await store.close();
  expect((await readdir(join(crashed, 'backups'))).map((name) => name.replace(/^.*-r/, 'r'))).toEqual(['r2.json']);
  expect(caseFileSchema.parse(await readJson(join(crashed, 'case.json'))).revision.sequence).toBe(4);
  return { crashed, environment, added };
}

const damages = [
  ['garbage', 'this is not a case', /is not valid JSON/],
  ['empty (0 bytes)', '', /is not valid JSON/],
  ['valid JSON but not a case', JSON.stringify({ schemaVersion: currentSchemaVersion, case: { name: 'x' } }), /does not validate/],
  ['written by a newer Dossier', JSON.stringify({ schemaVersion: currentSchemaVersion + 1 }), new RegExp(`written by a newer Dossier \\(schema ${currentSchemaVersion + 1}`)],
] as const;

describe('a damaged snapshot with a backup', () => {
  it.each(damages)('(%s) opens from the backup and replays the journal, losing no confirmed edit', async (_label, content, reason) => {
    const { crashed, environment, added } = await crashedCaseWithBackup();
    const snapshot = join(crashed, 'case.json');
    await writeFile(snapshot, content);
    const store = await openStore(crashed, environment);
    expect(store.file.incidents).toEqual(added);
    expect(store.status.sequence).toBe(5);
    const [aside, ...more] = await readdir(join(crashed, 'damaged'));
    expect(more).toEqual([]);
    expect(await readFile(join(crashed, 'damaged', aside!), 'utf8')).toBe(content);
    const [note, ...others] = store.status.recovery;
    expect(others).toEqual([]);
    expect(note).toMatch(reason);
    expect(note).toContain(`The snapshot could not be read (${snapshot}`);
    expect(note).toContain(`It was copied to ${join(crashed, 'damaged', aside!)}. The case was opened from the backup of 2026-01-01T12:01:00.000Z`);
    expect(await store.verify()).toMatchObject({ intact: true, records: 5 });
    await store.close();

    const reopened = await openStore(crashed, environment);
    expect(reopened.status).toMatchObject({ recovery: [], sequence: 5 });
    expect(reopened.file.incidents).toEqual(added);
    expect(caseFileSchema.parse(await readJson(snapshot)).revision.sequence).toBe(5);
    await reopened.close();
  });

  it('falls back to an older backup when the newest cannot be read either', async () => {
    const { crashed, environment, added } = await crashedCaseWithBackup();
    const backups = join(crashed, 'backups');
    await writeFile(join(backups, '2026-01-01T13-00-00-000Z-r4.json'), '{"half a backup":');
    await writeFile(join(crashed, 'case.json'), '');
    const store = await openStore(crashed, environment);
    expect(store.file.incidents).toEqual(added);
    expect(store.status.recovery[0]).toContain('opened from the backup of 2026-01-01T12:01:00.000Z');
    await store.close();
  });
});

describe('a damaged snapshot without a usable backup', () => {
  it.each(damages)('(%s) is reported unreadable, naming the file, and nothing on disk changes', async (_label, content, reason) => {
    const { crashed, environment } = await crashedCaseWithBackup();
    await rm(join(crashed, 'backups'), { recursive: true });
    const snapshot = join(crashed, 'case.json');
    await writeFile(snapshot, content);
    const before = await folderContents(crashed);
    const opened = await CaseStore.open(crashed, storeOptions(environment));
    expect(opened).toMatchObject({ ok: false, error: { code: 'case-unreadable' } });
    const { message } = (opened as { error: { message: string } }).error;
    expect(message).toContain(snapshot);
    expect(message).toMatch(reason);
    expect(message).toContain('No backup could be read either; the files were left untouched.');
    expect(await folderContents(crashed)).toEqual(before);
  });

  it('is left untouched by a read-only opener too, and when every backup is damaged', async () => {
    const { crashed, environment } = await crashedCaseWithBackup();
    const [backup] = await readdir(join(crashed, 'backups'));
    await writeFile(join(crashed, 'backups', backup!), 'damaged too');
    await writeFile(join(crashed, 'case.json'), 'damaged');
    const before = await folderContents(crashed);
    for (const readOnly of [true, false]) {
      expect(await CaseStore.open(crashed, storeOptions(environment, { readOnly }))).toMatchObject({ ok: false, error: { code: 'case-unreadable' } });
    }
    expect(await folderContents(crashed)).toEqual(before);
  });
});

describe('a snapshot interrupted by a crash', () => {
  // A process killed mid-snapshot leaves its temp file behind, as large as the case; the next writer clears it.
  it('leaves no temporary file once the case is opened for writing again', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    await addIncidents(store, environment, titles(2));
    await store.close();
    await writeFile(join(folder, '.case.json.999999.0123456789ab.tmp'), '{"schemaVersion":2,"revision":');
    const reopened = await openStore(folder, environment);
    await reopened.close();
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
