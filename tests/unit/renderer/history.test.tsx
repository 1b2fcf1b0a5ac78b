import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared';
import { fakeHost, type FakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const historyPath = '/cases/case-harbour/history';

async function editSigning(host: FakeHost, change: Partial<CaseFile['incidents'][number]>) {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...draft } = host.caseFile('case-harbour')!.incidents[0]!;
  const result = await host.api.call('incident.update', { caseId: 'case-harbour', incidentId: 'incident-signing', incident: { ...draft, ...change } });
  expect(result.ok).toBe(true);
}

async function renameCase(host: FakeHost, name: string) {
  const result = await host.api.call('case.update', { caseId: 'case-harbour', details: { name, summary: '' } });
  expect(result.ok).toBe(true);
}

describe('the case history', () => {
  it('shows an update as the fields that changed, old and new, with its kind, time and author', async () => {
    const host = fakeHost({ cases: [sampleCase()], preferences: { authorName: 'Robin Reporter' } });
    await editSigning(host, { title: 'Contract signed in secret', sourceIds: ['source-report', 'source-post'] });
    renderApp(host, historyPath);
    const entry = await screen.findByRole('article', { name: 'Edited incident “Contract signed in secret”' });
    expect(within(entry).getByText('Edit')).toBeTruthy();
    expect(entry.textContent).toContain('Robin Reporter');
    expect(within(entry).getByRole('time').getAttribute('datetime')).toBe('2024-05-01T12:00:00.000Z');
    const fields = within(entry).getAllByRole('term').map((term) => term.textContent);
    expect(fields).toEqual(['Title', 'Sources']);
    const [title, sources] = within(entry).getAllByRole('definition');
    expect(title!.querySelector('del')!.textContent).toBe('Contract signed');
    expect(title!.querySelector('ins')!.textContent).toBe('Contract signed in secret');
    // Ids are shown by the names of what they point to.
    expect(sources!.querySelector('ins')!.textContent).toBe('Audit office report, Anonymous post');
  });

  it('shows a created note by its text, and an undo as reversing its record', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await host.api.call('annotation.create', { caseId: 'case-harbour', target: { kind: 'case', id: 'case-harbour' }, annotation: { body: 'Ask the port authority.' } });
    await host.api.call('case.undo', { caseId: 'case-harbour' });
    renderApp(host, historyPath);
    const entries = await screen.findAllByRole('article');
    expect(entries.map((entry) => within(entry).getByRole('heading').textContent)).toEqual(['Undid: Added a note to the case', 'Added a note to the case']);
    expect(entries[0]!.textContent).toContain('reverses #1');
    expect(entries[0]!.textContent).toContain('Deleted note');
    expect(entries[1]!.textContent).toContain('Created note');
    expect(entries[1]!.textContent).toContain('Ask the port authority.');
  });

  it('reads a long history a page at a time, and renders only the entries in view', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    for (let version = 1; version <= 130; version += 1) await renameCase(host, `Harbour contract v${version}`);
    const { user } = renderApp(host, historyPath);
    expect(await screen.findByText('130 changes, newest first.')).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Recorded changes' });
    const items = within(list).getAllByRole('listitem').filter((item) => item.hasAttribute('aria-posinset'));
    expect(items.length).toBeLessThan(30);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('130');
    expect(within(items[0]!).getByRole('heading').textContent).toBe('Edited the case details');
    expect(items[0]!.textContent).toContain('Harbour contract v129');
    expect(host.callsTo('case.history').at(-1)!.input).toMatchObject({ offset: 0, limit: 100 });

    expect(screen.getByText('Showing 100 of 130')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
    expect(host.callsTo('case.history').at(-1)!.input).toMatchObject({ offset: 100, limit: 100 });
  });

  it('shows one incident’s history on its page, when asked', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await editSigning(host, { place: 'Harbour office' });
    await renameCase(host, 'Harbour contract, renamed');
    const { user } = renderApp(host, '/cases/case-harbour/incidents/incident-signing');
    await user.click(await screen.findByText('History of this incident'));
    const entry = await screen.findByRole('article', { name: 'Edited incident “Contract signed”' });
    expect(within(entry).getByRole('term').textContent).toBe('Place');
    expect(within(entry).getByRole('definition').textContent).toContain('Harbour office');
    expect(screen.queryByRole('article', { name: 'Edited the case details' })).toBeNull();
    expect(host.callsTo('case.history').at(-1)!.input).toMatchObject({ objectId: 'incident-signing' });
  });

  it('is reached from the case workspace', async () => {
    const { user, router } = renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour');
    await user.click(await screen.findByRole('link', { name: 'History' }));
    expect(router.state.location.pathname).toBe(historyPath);
    expect(await screen.findByText(/No changes recorded yet/)).toBeTruthy();
  });
});

describe('verifying a case', () => {
  it('says how many records were verified when the chain is intact', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await renameCase(host, 'Harbour contract, renamed');
    const { user } = renderApp(host, historyPath);
    await user.click(await screen.findByRole('button', { name: 'Verify case' }));
    expect(await screen.findByText(/1 record verified\./)).toBeTruthy();
    expect(screen.getByText('Intact:')).toBeTruthy();
  });

  it('names the first broken record, its file and the reason, and lists the problems', async () => {
    const file = '/data/cases/case-harbour/history/000000000001-000000000040.ndjson';
    const reason = 'Record #17 does not carry the hash of the record before it.';
    const host = fakeHost({
      cases: [sampleCase()],
      verification: { intact: false, records: 40, firstBroken: { sequence: 17, file, reason }, problems: [reason, 'The journal cannot be read past line 3.'] },
    });
    const { user } = renderApp(host, historyPath);
    await user.click(await screen.findByRole('button', { name: 'Verify case' }));
    const verify = screen.getByRole('region', { name: 'Verify case' });
    expect(await within(verify).findByText('Not intact.')).toBeTruthy();
    expect(within(verify).getAllByRole('definition').map((definition) => definition.textContent)).toEqual(['#17', file, reason]);
    expect(within(verify).getAllByRole('listitem').map((item) => item.textContent)).toEqual([reason, 'The journal cannot be read past line 3.']);
  });
});

describe('backups', () => {
  const backups = [
    { name: '2024-05-01T11-00-00-000Z-r40.json', createdAt: '2024-05-01T11:00:00.000Z', bytes: 48_213 },
    { name: '2024-04-30T09-00-00-000Z-r12.json', createdAt: '2024-04-30T09:00:00.000Z', bytes: 812 },
  ];

  it('lists each backup with its time and size', async () => {
    renderApp(fakeHost({ cases: [sampleCase()], backups }), historyPath);
    const section = await screen.findByRole('region', { name: 'Backups' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('time').getAttribute('datetime'))).toEqual(['2024-05-01T11:00:00.000Z', '2024-04-30T09:00:00.000Z']);
    expect(items[0]!.textContent).toContain('48.2 kB');
    expect(items[1]!.textContent).toContain('812 bytes');
  });

  it('restores a backup as a new case only once confirmed, then opens the new case', async () => {
    const host = fakeHost({ cases: [sampleCase()], backups });
    const { user, router } = renderApp(host, historyPath);
    const section = await screen.findByRole('region', { name: 'Backups' });
    const [newest] = await within(section).findAllByRole('listitem');
    await user.click(within(newest!).getByRole('button', { name: 'Restore as new case' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restore this backup as a new case?' });
    expect(dialog.textContent).toContain('The current case, “Harbour contract”, is left untouched.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(host.callsTo('case.restoreBackup')).toHaveLength(0);

    await user.click(within(newest!).getByRole('button', { name: 'Restore as new case' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore as new case' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/new-1'));
    expect(host.callsTo('case.restoreBackup')[0]!.input).toEqual({ caseId: 'case-harbour', backup: backups[0]!.name });
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour contract (restored from 2024-05-01T11:00:00.000Z)' })).toBeTruthy();
    expect(screen.getByText(/as a new case\. “Harbour contract” is unchanged\./)).toBeTruthy();
    expect(host.caseFile('case-harbour')!.case.name).toBe('Harbour contract');
  });
});
