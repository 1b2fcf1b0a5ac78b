import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { byId } from '../../unit/shared/trash-case';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;
const source = { kind: 'source', id: 'source-lci-interview' } as const;

/** The case as the core holds it, checked against the schema, without the revision an edit moves. */
function contentOf(file: CaseFile): Omit<CaseFile, 'revision'> {
  expect(caseFileSchema.safeParse(file).error?.issues ?? []).toEqual([]);
  const { revision: _revision, ...content } = byId(file);
  return content;
}

describe('deleting to the trash over the channels', () => {
  it('shows the impact, deletes durably, lists the entry after a restart, and restores the case as it was', async () => {
    const folder = await temporaryFolder();
    let core = await openTestCore(folder);
    const before = contentOf(await call(core, 'case.get', { caseId }));
    const impact = await call(core, 'object.deletionImpact', { caseId, target: source });
    expect(impact.target).toMatchObject({ kind: 'source', title: 'Bruno Retailleau, interview on LCI television' });
    expect(impact.objects.filter((object) => object.kind === 'quote')).toHaveLength(4);
    expect(impact.links.length).toBeGreaterThan(0);

    const entry = await call(core, 'object.delete', { caseId, target: source });
    expect(entry).toMatchObject({ kind: 'source', label: 'Deleted source “Bruno Retailleau, interview on LCI television” (and 4 quotes, 1 note)' });
    const journal = await readFile(join(folder, 'cases', caseId, 'journal.ndjson'), 'utf8');
    expect(JSON.parse(journal.trim().split('\n').at(-1)!)).toMatchObject({ kind: 'edit', label: entry.label });
    await core.close();

    core = await openTestCore(folder);
    const deleted = await call(core, 'case.get', { caseId });
    contentOf(deleted);
    expect(deleted.sources.map((candidate) => candidate.id)).not.toContain(source.id);
    expect(await call(core, 'trash.list', { caseId })).toEqual([entry]);

    const outcome = await call(core, 'trash.restore', { caseId, entryId: entry.id });
    expect(outcome).toMatchObject({ entryId: entry.id, restored: 6, skipped: [] });
    expect(contentOf(await call(core, 'case.get', { caseId }))).toEqual(before);
    expect(await call(core, 'trash.list', { caseId })).toEqual([]);
    await core.close();
  });

  it('undoes a deletion like any edit, emptying the trash again', async () => {
    const core = await openTestCore(await temporaryFolder());
    const before = contentOf(await call(core, 'case.get', { caseId }));
    await call(core, 'object.delete', { caseId, target: { kind: 'entity', id: 'entity-assadolah-assadi' } });
    expect(await call(core, 'case.undo', { caseId })).toEqual({ label: 'Undid: Deleted person “Assadolah Assadi”' });
    expect(contentOf(await call(core, 'case.get', { caseId }))).toEqual(before);
    await core.close();
  });

  it('deletes an entry for good, keeping the deletion in the history', async () => {
    const core = await openTestCore(await temporaryFolder());
    const entry = await call(core, 'object.delete', { caseId, target: { kind: 'annotation', id: 'annotation-couple-entity' } });
    expect(await call(core, 'trash.purge', { caseId, entryId: entry.id })).toEqual({ purged: entry.id });
    expect(await call(core, 'trash.list', { caseId })).toEqual([]);
    const history = await call(core, 'case.history', { caseId, objectId: 'annotation-couple-entity' });
    expect(history.entries.map((record) => record.label)).toEqual([entry.label]);
    await core.close();
  });

  it('refuses bad input with a message naming what is wrong, and changes nothing', async () => {
    const core = await openTestCore(await temporaryFolder());
    const before = await call(core, 'case.get', { caseId });
    expect(await core.invoke('object.delete', { caseId, target: { kind: 'case', id: caseId } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^target\.kind /) },
    });
    expect(await core.invoke('object.deletionImpact', { caseId, target: { kind: 'quote', id: 'nope' } })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'This case has no quote with the id "nope"; it may have been deleted already.' },
    });
    expect(await core.invoke('trash.restore', { caseId, entryId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.invoke('trash.purge', { caseId, entryId: '../x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^entryId must be an identifier/) } });
    expect(await call(core, 'case.get', { caseId })).toEqual(before);
    await core.close();
  });
});
