import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CaseStore } from '../../../electron/core/storage/case-store';
import { caseFileSchema, genesisHash, type CaseFile } from '../../../shared';
import { chainRecords, copyAsIfCrashed, readJson, readLines } from '../../support/case-files';
import { actor, addIncident, addIncidents, createStore, emptyCase, openStore, storeOptions, testEnvironment, titles, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

async function snapshotRevision(folder: string): Promise<CaseFile['revision']> {
  return caseFileSchema.parse(await readJson(join(folder, 'case.json'))).revision;
}

describe('the journal', () => {
  it('holds an edit, sealed into the hash chain, by the time apply resolves', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    const incident = unwrap(await store.apply(addIncident(environment, { title: 'Arrests in Haarlem' }), actor));
    const [record, ...rest] = await readLines(join(folder, 'journal.ndjson'));
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      sequence: 1,
      kind: 'edit',
      actor: 'Tester',
      label: 'Created incident “Arrests in Haarlem”',
      previousHash: genesisHash,
      changes: [{ collection: 'incidents', id: incident.id, before: null, after: incident }],
    });
    const { hash, ...content } = record!;
    expect(hash).toBe(createHash('sha256').update(JSON.stringify(content)).digest('hex'));
    expect(store.status.sequence).toBe(1);
    await store.close();
  });

  it('is replayed when a case is opened again after its writer died', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    const added = await addIncidents(store, environment, titles(3));
    const crashed = await copyAsIfCrashed(folder, join(await temporaryFolder(), 'case'));
    await store.close();
    expect((await snapshotRevision(crashed)).sequence).toBe(0);
    const reopened = await openStore(crashed, environment);
    expect(reopened.status).toMatchObject({ access: { mode: 'write' }, sequence: 3, recovery: [] });
    expect(reopened.file.incidents).toEqual(added);
    const next = unwrap(await reopened.apply(addIncident(environment, { title: 'After the restart' }), actor));
    const records = await readLines(join(crashed, 'journal.ndjson'));
    expect(records.map((record) => record.sequence)).toEqual([1, 2, 3, 4]);
    expect(records[3]).toMatchObject({ previousHash: records[2]!.hash, changes: [{ after: next }] });
    await reopened.close();
  });
});

describe('the snapshot', () => {
  it('is rewritten after snapshotEvery records, moving the journal into history', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 3 });
    const added = await addIncidents(store, environment, titles(3));
    await vi.waitFor(async () => expect((await snapshotRevision(folder)).sequence).toBe(3));
    const segment = await readLines(join(folder, 'history', '000000000001-000000000003.ndjson'));
    expect(segment.map((record) => record.changes[0]!.after)).toEqual(added);
    expect(await snapshotRevision(folder)).toEqual({ sequence: 3, hash: segment[2]!.hash });
    expect(await readLines(join(folder, 'journal.ndjson'))).toEqual([]);
    await addIncidents(store, environment, ['Fourth']);
    expect((await readLines(join(folder, 'journal.ndjson'))).map((record) => record.sequence)).toEqual([4]);
    expect((await readJson(join(folder, 'case.json')) as CaseFile).incidents).toHaveLength(3);
    await store.close();
  });

  it('is rewritten when the case is closed: it names the last record, the journal is empty and the lock is gone', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    const added = await addIncidents(store, environment, titles(2));
    await store.close();
    const snapshot = caseFileSchema.parse(await readJson(join(folder, 'case.json')));
    const records = await chainRecords(folder);
    expect(snapshot.revision).toEqual({ sequence: 2, hash: records[1]!.hash });
    expect(snapshot.incidents).toEqual(added);
    expect(await readdir(join(folder, 'history'))).toEqual(['000000000001-000000000002.ndjson']);
    expect(await readLines(join(folder, 'journal.ndjson'))).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual(['backups', 'case.json', 'case.seal', 'history', 'journal.ndjson']);
  });

  it('opens again after a clean close with nothing to recover and nothing set aside', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 2 });
    await addIncidents(store, environment, titles(5));
    await store.close();
    const reopened = await openStore(folder, environment);
    expect(reopened.status).toMatchObject({ access: { mode: 'write' }, recovery: [], sequence: 5 });
    expect(await reopened.verify()).toMatchObject({ intact: true, records: 5 });
    await reopened.close();
    expect(await readdir(folder)).not.toContain('damaged');
  });

  it('names the last record on close even when a snapshot was still being written', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 3 });
    await addIncidents(store, environment, titles(4));
    await store.close();
    expect((await snapshotRevision(folder)).sequence).toBe(4);
  });

  it('that cannot move the journal into history leaves edits going on into the journal', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 2 });
    // A folder where the first history segment should go makes the rename fail, as a file held open elsewhere can.
    await mkdir(join(folder, 'history', '000000000001-000000000002.ndjson', 'in the way'), { recursive: true });
    await addIncidents(store, environment, titles(2));
    await expect(store.snapshot()).rejects.toThrow();
    const later = await store.apply(addIncident(environment, { title: 'After the failed rotation' }), actor);
    expect(later.ok).toBe(true);
    expect((await readLines(join(folder, 'journal.ndjson'))).map((record) => record.sequence)).toEqual([1, 2, 3]);
    await rm(join(folder, 'history', '000000000001-000000000002.ndjson'), { recursive: true });
    await store.close();
    const reopened = await openStore(folder, environment);
    expect(reopened.status).toMatchObject({ sequence: 3, recovery: [] });
    expect(caseFileSchema.parse(await readJson(join(folder, 'case.json'))).revision.sequence).toBe(3);
    await reopened.close();
  });

  it('is written after a quiet spell without edits', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { idleSnapshotMs: 20 });
    await addIncidents(store, environment, titles(2));
    await vi.waitFor(async () => expect((await snapshotRevision(folder)).sequence).toBe(2));
    await store.close();
  });

  it('keeps the edits made while it is being written, even if the process then dies', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const large = emptyCase(environment);
    const summary = 'A long account of what happened. '.repeat(60);
    const incidents = titles(4000).map((title, index) => ({ ...addIncidentFields(title, summary), id: `seed-${index}` }));
    const store = unwrap(await CaseStore.create(folder, { ...large, incidents }, storeOptions(environment, { session: 'writer' })));
    await addIncidents(store, environment, ['Before the snapshot']);
    let written = false;
    const snapshot = store.snapshot().then(() => (written = true));
    const during = await addIncidents(store, environment, titles(3, 'During'));
    expect(written).toBe(false);
    await snapshot;
    expect((await snapshotRevision(folder)).sequence).toBe(1);
    expect((await readLines(join(folder, 'journal.ndjson'))).map((record) => record.sequence)).toEqual([2, 3, 4]);
    // No close: a second opener sees what a restart after a crash would.
    const reader = await openStore(folder, environment, { readOnly: true });
    expect(reader.status.sequence).toBe(4);
    expect(reader.file.incidents.slice(-3)).toEqual(during);
    expect(reader.file.incidents).toHaveLength(4004);
    await reader.close();
    await store.close();
  });
});

function addIncidentFields(title: string, summary: string) {
  const time = '2026-01-01T12:00:00.000Z';
  return { title, summary, date: '', place: '', status: 'alleged' as const, tags: [], sourceIds: [], participants: [], claims: [], createdAt: time, updatedAt: time };
}
