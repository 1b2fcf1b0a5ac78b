import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

async function emptyCase(): Promise<{ core: Core; caseId: string; file: string; folder: string }> {
  const folder = await temporaryFolder();
  const core = await openTestCore(folder);
  const { id } = await call(core, 'case.create', { name: 'Test case' });
  return { core, caseId: id, file: join(folder, 'cases', id, 'case.json'), folder };
}

describe('editing a case', () => {
  it('writes a new incident to disk before answering', async () => {
    const { core, caseId, file } = await emptyCase();
    const incident = await call(core, 'incident.create', {
      caseId,
      incident: { title: 'Arrests in Haarlem', date: '2023-11?', status: 'alleged', tags: ['arrest'] },
    });
    const journal = (await readFile(join(file, '..', 'journal.ndjson'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(journal.at(-1)).toMatchObject({ kind: 'edit', changes: [{ collection: 'incidents', before: null, after: incident }] });
    expect(incident).toMatchObject({ date: '2023-11?', place: '', sourceIds: [], participants: [] });
  });

  it('updates an incident and keeps when it was created', async () => {
    const { core, caseId } = await emptyCase();
    const created = await call(core, 'incident.create', { caseId, incident: { title: 'First', date: '2015/2017' } });
    const updated = await call(core, 'incident.update', {
      caseId,
      incidentId: created.id,
      incident: { title: 'Second', date: '~2015', status: 'disputed' },
    });
    expect(updated).toMatchObject({ id: created.id, title: 'Second', createdAt: created.createdAt, status: 'disputed' });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  it('annotates with the author from the preferences, then edits and deletes the note', async () => {
    const { core, caseId } = await emptyCase();
    await call(core, 'preferences.update', { authorName: 'A. Analyst' });
    const note = await call(core, 'annotation.create', {
      caseId,
      target: { kind: 'case', id: caseId },
      annotation: { body: '**Check** the flight records.', analystJudgement: true },
    });
    expect(note).toMatchObject({ author: 'A. Analyst', analystJudgement: true, target: { kind: 'case', id: caseId } });
    const edited = await call(core, 'annotation.update', { caseId, annotationId: note.id, annotation: { body: 'Checked.' } });
    expect(edited).toMatchObject({ body: 'Checked.', analystJudgement: false });
    await call(core, 'annotation.delete', { caseId, annotationId: note.id });
    expect((await call(core, 'case.get', { caseId })).annotations).toEqual([]);
  });
});

describe('bad input', () => {
  const refusals = [
    ['a date that is not EDTF', 'incident.create', (caseId: string) => ({ caseId, incident: { title: 'X', date: 'last spring' } }), /incident\.date must be an EDTF date/],
    ['an empty title', 'incident.create', (caseId: string) => ({ caseId, incident: { title: '   ' } }), /incident\.title must not be empty/],
    ['an unknown status', 'incident.create', (caseId: string) => ({ caseId, incident: { title: 'X', status: 'rumoured' } }), /incident\.status/],
    ['a source the case does not hold', 'incident.create', (caseId: string) => ({ caseId, incident: { title: 'X', sourceIds: ['nope'] } }), /incident\.sourceIds\.0/],
    ['a note on a missing incident', 'annotation.create', (caseId: string) => ({ caseId, target: { kind: 'incident', id: 'gone' }, annotation: { body: 'Hi' } }), /target\.id/],
    ['a case id with a path in it', 'case.get', () => ({ caseId: '../../etc' }), /caseId must be an identifier/],
    ['a missing case id', 'case.get', () => ({}), /caseId/],
  ] as const;

  it.each(refusals)('refuses %s, naming the field, and writes nothing', async (_label, channel, input, message) => {
    const { core, caseId, file } = await emptyCase();
    const before = await readFile(file, 'utf8');
    const result = await core.invoke(channel, input(caseId));
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a channel the contract does not have', async () => {
    const { core } = await emptyCase();
    expect(await core.invoke('case.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('answers not-found for an incident that does not exist', async () => {
    const { core, caseId } = await emptyCase();
    const result = await core.invoke('incident.update', { caseId, incidentId: 'missing', incident: { title: 'X' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
