import { describe, expect, it } from 'vitest';
import { SearchService } from '../../../electron/core/search/search-service';
import { invertChanges, searchQuerySchema, type ObjectChange } from '../../../shared';
import { actor, renameIncident, testEnvironment, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { libraryWithCase } from './attachment-cases';

const temporaryFolder = useTemporaryFolders();

describe('undo and redo', () => {
  it('tell the change listeners the changes they made: the inverse of the edit, then the edit again', async () => {
    const environment = testEnvironment();
    const library = await libraryWithCase(await temporaryFolder(), environment);
    const heard: Array<{ caseId: string; changes: readonly ObjectChange[] }> = [];
    library.repository.onChanges((caseId, changes) => heard.push({ caseId, changes }));

    unwrap(await library.repository.change(library.caseId, renameIncident(environment, library.incident, 'Warehouse blaze'), actor));
    const store = await library.store();
    unwrap(await store.undo(actor));
    unwrap(await store.redo(actor));

    expect(heard.map(({ caseId }) => caseId)).toEqual([library.caseId, library.caseId, library.caseId]);
    const [edit, undo, redo] = heard.map(({ changes }) => changes);
    expect(edit).toEqual([expect.objectContaining({ collection: 'incidents', id: library.incident.id, after: expect.objectContaining({ title: 'Warehouse blaze' }) })]);
    expect(undo).toEqual(invertChanges(edit!));
    expect(redo).toEqual(edit);
    await library.repository.close();
  });

  it('are followed by search: after undo it finds the restored words and not the undone ones, after redo the reverse', async () => {
    const environment = testEnvironment();
    const library = await libraryWithCase(await temporaryFolder(), environment);
    const search = new SearchService(library.repository);
    const found = async (text: string) => {
      const answer = unwrap(await search.search(searchQuerySchema.parse({ caseId: library.caseId, text })));
      return answer.groups.flatMap((group) => group.hits.map((hit) => hit.id));
    };
    const incident = `incident:${library.incident.id}`;
    expect(await found('harbour')).toEqual([incident]);

    unwrap(await library.repository.change(library.caseId, renameIncident(environment, library.incident, 'Warehouse blaze'), actor));
    expect(await found('blaze')).toEqual([incident]);
    const store = await library.store();
    unwrap(await store.undo(actor));
    expect(await found('blaze')).toEqual([]);
    expect(await found('harbour')).toEqual([incident]);
    unwrap(await store.redo(actor));
    expect(await found('harbour')).toEqual([]);
    expect(await found('blaze')).toEqual([incident]);
    await library.repository.close();
  });
});
