import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, preferencesFile, type Core } from '../../../electron/core';
import { sampleCase } from '../../../seeds';
import { sampleChronology } from '../../e2e/sample';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;
const parisPlot = 'incident-2018-paris-rally-plot';
const jsonSize = (value: unknown) => JSON.stringify(value).length;

/** Each test opens the core on a fresh data folder, which it seeds with the sample case. */
async function openSample(): Promise<Core> {
  return openTestCore(await temporaryFolder());
}

describe('reading a case a page at a time', () => {
  it('answers case.outline with rows in date order and no snapshot texts, a small part of the whole document', async () => {
    const core = await openSample();
    const outline = await call(core, 'case.outline', { caseId });
    expect(outline.incidents.map((row) => row.title)).toEqual(sampleChronology);
    expect(outline.counts).toMatchObject({ incidents: sampleCase.incidents.length, sources: sampleCase.sources.length, quotes: sampleCase.quotes.length });
    expect(outline.sources.every((row) => !('snapshot' in row))).toBe(true);
    expect(jsonSize(outline)).toBeLessThan(jsonSize(await call(core, 'case.get', { caseId })) / 3);
    await core.close();
  });

  it('answers incident.get and source.get with the one object and what it shows', async () => {
    const core = await openSample();
    const incident = await call(core, 'incident.get', { caseId, incidentId: parisPlot });
    expect(incident.incident.id).toBe(parisPlot);
    expect(incident.quotes).toHaveLength(3);
    const source = await call(core, 'source.get', { caseId, sourceId: 'source-article' });
    expect(source.source.snapshot.text).toBe(sampleCase.sources.find((candidate) => candidate.id === 'source-article')?.snapshot.text);
    expect(source.incidents.map((row) => row.id)).toContain(parisPlot);
    await core.close();
  });

  it('shows each edit in the next read of the outline and of the detail', async () => {
    const core = await openSample();
    const created = await call(core, 'incident.create', { caseId, incident: { title: 'Earliest of all', date: '1999-12-31' } });
    expect((await call(core, 'case.outline', { caseId })).incidents[0]).toMatchObject({ id: created.id, title: 'Earliest of all', quoteCount: 0 });
    await call(core, 'annotation.create', { caseId, target: { kind: 'incident', id: created.id }, annotation: { body: 'Check the year.' } });
    const detail = await call(core, 'incident.get', { caseId, incidentId: created.id });
    expect(detail.annotations.map((note) => note.body)).toEqual(['Check the year.']);
    await core.close();
  });

  it('answers not-found for a missing incident or source, and names a malformed id', async () => {
    const core = await openSample();
    expect(await core.invoke('incident.get', { caseId, incidentId: 'gone' })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('"gone"') } });
    expect(await core.invoke('source.get', { caseId, sourceId: 'gone' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.invoke('case.outline', { caseId: 'no-such-case' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.invoke('incident.get', { caseId, incidentId: '../x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^incidentId must be an identifier/) },
    });
    await core.close();
  });

  it('remembers a case whose outline was read among the recent cases, as opening it', async () => {
    const core = await openSample();
    await call(core, 'case.outline', { caseId });
    expect((await call(core, 'preferences.get', {})).recentCaseIds).toEqual([caseId]);
    await core.close();
  });

  it('carries the outline and the details out of the worker thread', async () => {
    const folder = await temporaryFolder();
    const preferences = preferencesFile(join(folder, 'preferences.json'));
    const worker = { url: new URL('../../../electron/core/worker/core-worker.ts', import.meta.url), typescriptLoader: import.meta.resolve('tsx/esm/api') };
    const core = await openCore({ dataDirectory: folder, preferences, worker });
    expect((await call(core, 'case.outline', { caseId })).incidents.map((row) => row.title)).toEqual(sampleChronology);
    expect((await call(core, 'incident.get', { caseId, incidentId: parisPlot })).links).toHaveLength(2);
    await core.close();
  });
});
