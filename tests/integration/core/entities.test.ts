import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;
const couple = 'entity-belgian-iranian-couple';
const parisPlot = 'incident-2018-paris-rally-plot';

async function journalLabels(folder: string): Promise<string[]> {
  const text = await readFile(join(folder, 'cases', caseId, 'journal.ndjson'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { label: string }).label);
}

describe('the entities channels', () => {
  it('creates, edits and lists an entity in the cast', async () => {
    const core = await openTestCore(await temporaryFolder());
    const created = await call(core, 'entity.create', { caseId, entity: { kind: 'person', name: 'Amir S.', aliases: ['amir s.', 'Amir'] } });
    expect(created).toMatchObject({ kind: 'person', name: 'Amir S.', aliases: ['Amir'], description: '' });
    await call(core, 'entity.update', { caseId, entityId: created.id, entity: { kind: 'person', name: 'Amir Saadouni', aliases: ['Amir S.'], description: 'Named in court.' } });
    const people = (await call(core, 'entity.cast', { caseId })).groups.find((group) => group.kind === 'person')!;
    expect(people.members.find((entry) => entry.entity.id === created.id)?.entity).toMatchObject({ name: 'Amir Saadouni', aliases: ['Amir S.'], description: 'Named in court.' });
    const names = people.members.map((entry) => entry.entity.name);
    expect(names).toEqual([...names].sort((first, second) => first.localeCompare(second)));
    await core.close();
  });

  it('merges the couple into a new organisation in one journalled edit that can be undone and redone, and survives reopening', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const kept = await call(core, 'entity.create', { caseId, entity: { kind: 'organisation', name: 'Amir and Nasimeh S.' } });
    const merged = await call(core, 'entity.merge', { caseId, keepId: kept.id, mergeId: couple });
    expect(merged.aliases).toEqual(['Belgian-Iranian couple']);
    expect((await journalLabels(folder)).at(-1)).toBe('Merged “Belgian-Iranian couple” into “Amir and Nasimeh S.”');

    const detail = await call(core, 'entity.get', { caseId, entityId: kept.id });
    expect(detail.incidents).toEqual([expect.objectContaining({ id: parisPlot, roles: ['perpetrator'] })]);
    expect(detail.annotations.map((note) => note.id)).toEqual(['annotation-couple-entity']);
    expect(await core.invoke('entity.get', { caseId, entityId: couple })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(caseFileSchema.safeParse(await call(core, 'case.get', { caseId })).success).toBe(true);

    await call(core, 'case.undo', { caseId });
    const restored = await call(core, 'entity.get', { caseId, entityId: couple });
    expect(restored.incidents.map((incident) => incident.id)).toEqual([parisPlot]);
    expect(restored.annotations.map((note) => note.id)).toEqual(['annotation-couple-entity']);
    await call(core, 'case.redo', { caseId });
    await core.close();

    const reopened = await openTestCore(folder);
    expect(await reopened.invoke('entity.get', { caseId, entityId: couple })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await call(reopened, 'entity.get', { caseId, entityId: kept.id })).annotationCount).toBe(1);
    await reopened.close();
  });
});

describe('bad input to the entities channels', () => {
  const refusals = [
    ['an empty name', 'entity.create', { caseId, entity: { kind: 'person', name: '  ' } }, 'invalid-input', /^entity\.name must not be empty/],
    ['an unknown kind', 'entity.create', { caseId, entity: { kind: 'ship', name: 'Aurora' } }, 'invalid-input', /^entity\.kind/],
    ['a merge across kinds', 'entity.merge', { caseId, keepId: couple, mergeId: 'entity-assadolah-assadi' }, 'invalid-input', /is a person and “Belgian-Iranian couple” an organisation/],
    ['a merge into itself', 'entity.merge', { caseId, keepId: couple, mergeId: couple }, 'invalid-input', /cannot be merged into itself/],
    ['an edit of a missing entity', 'entity.update', { caseId, entityId: 'entity-gone', entity: { kind: 'place', name: 'X' } }, 'not-found', /"entity-gone"/],
    ['a malformed entity id', 'entity.get', { caseId, entityId: '../x' }, 'invalid-input', /^entityId must be an identifier/],
  ] as const;

  it.each(refusals)('refuses %s with a message naming it, and writes nothing', async (_label, channel, input, code, message) => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const before = await call(core, 'case.get', { caseId });
    expect(await core.invoke(channel, input)).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(await call(core, 'case.get', { caseId })).toEqual(before);
    expect(await journalLabels(folder)).toEqual([]);
    await core.close();
  });
});
