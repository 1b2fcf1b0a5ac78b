import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, preferencesFile } from '../../../electron/core';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const typescriptLoader = import.meta.resolve('tsx/esm/api');
const workerUrl = new URL('../../../electron/core/worker/core-worker.ts', import.meta.url);

describe('the case core in a worker thread', () => {
  it('answers the contract as the in-process core does, and its edits last', async () => {
    const folder = await temporaryFolder();
    const preferences = preferencesFile(join(folder, 'preferences.json'));
    preferences.write({ authorName: 'Worker Tester' });
    const core = await openCore({ dataDirectory: folder, preferences, worker: { url: workerUrl, typescriptLoader } });
    const caseId = sampleCase.case.id;
    expect((await call(core, 'library.list', {})).cases.map((listing) => listing.id)).toEqual([caseId]);
    const note = await call(core, 'annotation.create', { caseId, target: { kind: 'case', id: caseId }, annotation: { body: 'From the worker.' } });
    expect(note.author).toBe('Worker Tester');
    expect(await core.invoke('case.get', { caseId: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await core.close();
    expect(await core.invoke('library.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });

    const reopened = await openTestCore(folder);
    const file = await call(reopened, 'case.get', { caseId });
    expect(file.annotations.map((annotation) => annotation.body)).toContain('From the worker.');
    const history = await call(reopened, 'case.history', { caseId });
    expect(history.entries[0]).toMatchObject({ actor: 'Worker Tester', label: 'Added a note to the case' });
    await reopened.close();
  });
});
