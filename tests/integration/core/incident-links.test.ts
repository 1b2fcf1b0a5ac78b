import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;
const plot = 'incident-2018-paris-rally-plot';
const surveillance = 'incident-jewish-sites-surveillance';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

/** The labels of the edits recorded so far, oldest first, as the case's history reports them. */
async function historyLabels(core: TestCore): Promise<string[]> {
  const { entries } = await call(core, 'case.history', { caseId });
  return entries.map((entry) => entry.label).reverse();
}

async function linkedIds(core: TestCore, incidentId: string): Promise<string[]> {
  return (await call(core, 'incident.get', { caseId, incidentId })).links.map((linked) => linked.other.id);
}

describe('the incident links channels', () => {
  it('links two incidents, shows the link from both ends, unlinks it, and Undo puts it back; all of it survives reopening', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const link = await call(core, 'incident.link', { caseId, link: { fromIncidentId: surveillance, toIncidentId: plot, kind: 'same-actors' } });
    expect(link).toMatchObject({ fromIncidentId: surveillance, toIncidentId: plot, kind: 'same-actors' });
    expect(await linkedIds(core, surveillance)).toEqual([plot]);
    expect(await linkedIds(core, plot)).toContain(surveillance);

    await call(core, 'incident.unlink', { caseId, linkId: link.id });
    expect(await linkedIds(core, surveillance)).toEqual([]);
    expect((await historyLabels(core)).at(-1)).toMatch(/^Removed the link: “.*” has the same actors as “.*” \(not kept in the trash; Undo puts it back\)$/);
    await call(core, 'case.undo', { caseId });
    expect(await linkedIds(core, surveillance)).toEqual([plot]);
    await core.close();

    const reopened = await openTestCore(folder);
    const file = await call(reopened, 'case.get', { caseId });
    expect(file.incidentLinks.filter((stored) => stored.id === link.id)).toEqual([link]);
    expect(caseFileSchema.safeParse(file).success).toBe(true);
    await reopened.close();
  });

  it('refuses a self-link, a duplicate and an unknown kind with messages naming what is wrong, writing nothing', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const self = await core.invoke('incident.link', { caseId, link: { fromIncidentId: plot, toIncidentId: plot, kind: 'related' } });
    expect(self).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('cannot be linked to itself') } });
    const twice = await core.invoke('incident.link', { caseId, link: { fromIncidentId: plot, toIncidentId: 'incident-assadi-sentencing', kind: 'follow-up' } });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^These incidents are already linked/) } });
    const kind = await core.invoke('incident.link', { caseId, link: { fromIncidentId: plot, toIncidentId: surveillance, kind: 'cousin' } });
    expect(kind).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('link.kind') } });
    expect(await historyLabels(core)).toEqual([]);
    await core.close();
  });
});

describe('the claims of an incident through the core', () => {
  it('gives new claims ids, keeps them across edits, and refuses a quote that does not support the incident', async () => {
    const core = await openTestCore(await temporaryFolder());
    const { incident } = await call(core, 'incident.get', { caseId, incidentId: plot });
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = incident;
    const claims = [{ text: 'Assadi carried the explosives.', quoteIds: ['quote-article-assadi-smuggled-tatp'] }, { text: 'A couple was recruited.' }];
    const saved = await call(core, 'incident.update', { caseId, incidentId: plot, incident: { ...fields, claims } });
    const ids = saved.claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(2);

    const edited = await call(core, 'incident.update', { caseId, incidentId: plot, incident: { ...fields, claims: [...saved.claims].reverse() } });
    expect(edited.claims.map((claim) => claim.id)).toEqual([...ids].reverse());

    const foreign = await core.invoke('incident.update', {
      caseId,
      incidentId: plot,
      incident: { ...fields, claims: [{ text: 'Sentenced.', quoteIds: ['quote-article-sentences'] }] },
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^incident\.claims\.0\.quoteIds\.0 names a quote that does not support this incident/) } });
    expect((await call(core, 'incident.get', { caseId, incidentId: plot })).incident.claims).toEqual(edited.claims);
    await core.close();
  });
});
