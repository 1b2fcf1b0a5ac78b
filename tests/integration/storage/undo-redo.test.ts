import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainRecords, folderContents, readLines } from '../../support/case-files';
import { actor, addIncident, addIncidents, createStore, openStore, renameIncident, testEnvironment, titles, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

describe('undo and redo', () => {
  it('each make a new record that names the record it reverses or repeats; history only grows', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    const [incident] = await addIncidents(store, environment, ['Fire at the depot']);
    const renamed = unwrap(await store.apply(renameIncident(environment, incident!, 'Fire at the north depot'), actor));
    expect(store.status).toMatchObject({ undo: 'Edited incident “Fire at the north depot”', redo: undefined });

    expect(unwrap(await store.undo(actor))).toEqual({ label: 'Undid: Edited incident “Fire at the north depot”' });
    expect(store.file.incidents).toEqual([incident]);
    expect(store.status).toMatchObject({ sequence: 3, undo: 'Created incident “Fire at the depot”', redo: 'Edited incident “Fire at the north depot”' });

    expect(unwrap(await store.redo(actor))).toEqual({ label: 'Redid: Edited incident “Fire at the north depot”' });
    expect(store.file.incidents).toEqual([renamed]);

    const records = await readLines(join(folder, 'journal.ndjson'));
    expect(records.map(({ sequence, kind, target }) => ({ sequence, kind, target }))).toEqual([
      { sequence: 1, kind: 'edit', target: undefined },
      { sequence: 2, kind: 'edit', target: undefined },
      { sequence: 3, kind: 'undo', target: 2 },
      { sequence: 4, kind: 'redo', target: 2 },
    ]);
    expect(records[2]!.changes).toEqual([{ collection: 'incidents', id: incident!.id, before: renamed, after: incident }]);
    await store.close();
  });

  it('undoes back to the start, edit by edit, and the case reopens as undone', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 2 });
    await addIncidents(store, environment, titles(3));
    for (let step = 0; step < 3; step += 1) unwrap(await store.undo(actor));
    expect(store.file.incidents).toEqual([]);
    expect(await store.undo(actor)).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is nothing to undo.' } });
    await store.close();
    const reopened = await openStore(folder, environment);
    expect(reopened.file.incidents).toEqual([]);
    expect((await chainRecords(folder)).map((record) => record.kind)).toEqual(['edit', 'edit', 'edit', 'undo', 'undo', 'undo']);
    await reopened.close();
  });

  it('forgets what could be redone once a new edit is made', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment);
    await addIncidents(store, environment, ['First']);
    unwrap(await store.undo(actor));
    expect(store.status.redo).toBe('Created incident “First”');
    unwrap(await store.apply(addIncident(environment, { title: 'Second' }), actor));
    expect(store.status.redo).toBeUndefined();
    expect(await store.redo(actor)).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is nothing to redo.' } });
    expect(store.file.incidents.map((incident) => incident.title)).toEqual(['Second']);
    await store.close();
  });

  it('has nothing to undo in a session that made no edits, even when the case has history', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const first = await createStore(folder, environment);
    await addIncidents(first, environment, ['Earlier session']);
    await first.close();
    const second = await openStore(folder, environment);
    expect(second.status.undo).toBeUndefined();
    expect(await second.undo(actor)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(second.file.incidents).toHaveLength(1);
    await second.close();
  });
});

describe('a read-only store', () => {
  it('refuses edits, undo and redo with the code read-only and the reason, and writes nothing', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const writer = await createStore(folder, environment);
    await addIncidents(writer, environment, ['Kept']);
    await writer.close();
    const before = await folderContents(folder);
    const reader = await openStore(folder, environment, { readOnly: true });
    expect(reader.status.access).toEqual({ mode: 'read-only', reason: 'The case was opened read-only.' });
    for (const attempt of [reader.apply(addIncident(environment, { title: 'Refused' }), actor), reader.undo(actor), reader.redo(actor)]) {
      expect(await attempt).toEqual({ ok: false, error: { code: 'read-only', message: 'Nothing was saved: The case was opened read-only.' } });
    }
    await reader.snapshot();
    await reader.close();
    expect(reader.file.incidents.map((incident) => incident.title)).toEqual(['Kept']);
    expect(await folderContents(folder)).toEqual(before);
  });
});
