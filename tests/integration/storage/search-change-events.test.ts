import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../electron/core/storage/case-repository';
import type { ObjectChange } from '../../../shared';
import { actor, addIncident, emptyCase, storeOptions, testEnvironment, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

/** A library with one new case, as the search index sees it: through the repository's events. */
async function library() {
  const environment = testEnvironment();
  const repository = new CaseRepository(join(await temporaryFolder(), 'cases'), storeOptions(environment));
  const file = unwrap(await repository.create(emptyCase(environment)));
  return { environment, repository, caseId: file.case.id };
}

describe('the repository’s change and close events', () => {
  it('tells listeners of each saved edit with its changes, and stops when asked', async () => {
    const { environment, repository, caseId } = await library();
    const heard: { caseId: string; changes: readonly ObjectChange[] }[] = [];
    const stop = repository.onChanges((changed, changes) => heard.push({ caseId: changed, changes }));
    const incident = unwrap(await repository.change(caseId, addIncident(environment, { title: 'Harbour fire' }), actor));
    expect(heard).toEqual([{ caseId, changes: [{ collection: 'incidents', id: incident.id, before: null, after: incident }] }]);
    stop();
    unwrap(await repository.change(caseId, addIncident(environment, { title: 'Second fire' }), actor));
    expect(heard).toHaveLength(1);
    await repository.close();
  });

  it('stays silent about an edit that was refused, so listeners never see what was not saved', async () => {
    const { repository, caseId } = await library();
    const heard: string[] = [];
    repository.onChanges((changed) => heard.push(changed));
    const refused = await repository.change(caseId, () => ({ ok: false, error: { code: 'not-found', message: 'No such incident.' } }), actor);
    expect(refused.ok).toBe(false);
    expect(heard).toEqual([]);
    await repository.close();
  });

  it('reports a saved edit as saved even when a listener fails', async () => {
    const { environment, repository, caseId } = await library();
    repository.onChanges(() => {
      throw new Error('listener broke');
    });
    const saved = await repository.change(caseId, addIncident(environment, { title: 'Harbour fire' }), actor);
    expect(saved.ok).toBe(true);
    expect(unwrap(await repository.get(caseId)).incidents.map((incident) => incident.title)).toEqual(['Harbour fire']);
    await repository.close();
  });

  it('tells listeners of each open case as the library closes', async () => {
    const { repository, caseId } = await library();
    const closed: string[] = [];
    repository.onClose((id) => closed.push(id));
    await repository.close();
    expect(closed).toEqual([caseId]);
  });
});
