import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { SearchAnswer, SearchQueryInput } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;

async function search(core: Core, query: Omit<SearchQueryInput, 'caseId'>): Promise<SearchAnswer> {
  return call(core, 'case.search', { caseId, ...query });
}

/** The hits of one kind, as `kind:id`. */
async function found(core: Core, text: string, kind: string): Promise<string[]> {
  const answer = await search(core, { text });
  return answer.groups.find((group) => group.kind === kind)!.hits.map((hit) => hit.id);
}

describe('case.search', () => {
  it('finds across the sample case, grouped by kind, with the hits marked', async () => {
    const core = await openTestCore(await temporaryFolder());
    const answer = await search(core, { text: 'Assadi' });
    const totals = Object.fromEntries(answer.groups.map((group) => [group.kind, group.total]));
    expect(totals.incident).toBeGreaterThan(0);
    expect(totals.entity).toBeGreaterThan(0);
    expect(totals.quote).toBeGreaterThan(0);
    // Named in the title, the person ranks before the entities whose descriptions mention him.
    const entity = answer.groups.find((group) => group.kind === 'entity')!.hits[0]!;
    expect(entity).toMatchObject({ id: 'entity:entity-assadolah-assadi', title: 'Assadolah Assadi', location: { kind: 'entity', entityId: 'entity-assadolah-assadi' } });
    expect(entity.titleRanges.map((range) => entity.title.slice(range.start, range.end))).toEqual(['Assadi']);
    await core.close();
  });

  it('follows edits, undo and redo, and forgets what was deleted to the trash', async () => {
    const core = await openTestCore(await temporaryFolder());
    expect(await found(core, 'Retailleau', 'entity')).toContain('entity:entity-bruno-retailleau');
    const created = await call(core, 'incident.create', { caseId, incident: { title: 'Warehouse blaze in Antwerp' } });
    expect(await found(core, 'antwerp', 'incident')).toEqual([`incident:${created.id}`]);
    await call(core, 'case.undo', { caseId });
    expect(await found(core, 'antwerp', 'incident')).toEqual([]);
    await call(core, 'case.redo', { caseId });
    expect(await found(core, 'antwerp', 'incident')).toEqual([`incident:${created.id}`]);
    await call(core, 'object.delete', { caseId, target: { kind: 'entity', id: 'entity-bruno-retailleau' } });
    expect(await found(core, 'Retailleau', 'entity')).not.toContain('entity:entity-bruno-retailleau');
    await core.close();
  });

  it('lists what filters alone let through, and checks the filters on the case as it stands', async () => {
    const core = await openTestCore(await temporaryFolder());
    const disputed = await search(core, { filters: { status: ['disputed'] } });
    expect(disputed.groups[0]!.hits.map((hit) => hit.id)).toEqual(['incident:incident-iran-drug-networks-france']);
    const incident = (await call(core, 'incident.get', { caseId, incidentId: 'incident-haarlem-arrests' })).incident;
    await call(core, 'incident.update', { caseId, incidentId: incident.id, incident: { ...incident, status: 'disputed' } });
    const after = await search(core, { filters: { status: ['disputed'] }, kinds: ['incident'] });
    expect(after.groups.map((group) => group.kind)).toEqual(['incident']);
    expect(after.groups[0]!.total).toBe(2);
    await core.close();
  });

  it('refuses bad input with a message naming the field, and an unknown case as not found', async () => {
    const core = await openTestCore(await temporaryFolder());
    const backwards = await core.invoke('case.search', { caseId, filters: { dateFrom: '2020', dateTo: '2019' } });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!backwards.ok && backwards.error.message).toContain('filters.dateTo must not be before the start of the range');
    const long = await core.invoke('case.search', { caseId, text: 'x'.repeat(201) });
    expect(!long.ok && long.error.message).toContain('text must be at most 200 characters');
    const missing = await core.invoke('case.search', { caseId: 'no-such-case', text: 'fire' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await core.close();
  });
});
