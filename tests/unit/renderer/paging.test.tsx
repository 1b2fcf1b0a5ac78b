import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const casePath = '/cases/case-harbour';

describe('reading a case a page at a time', () => {
  it('never asks for the whole case on the workspace, incident, source, editor and history screens', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, casePath);
    expect(await screen.findByRole('region', { name: 'Case annotations (0)' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: /Contract signed/ }));
    expect(await screen.findByRole('article', { name: 'Contract signed' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Edit incident' }));
    expect(await screen.findByRole('checkbox', { name: /Audit office report/ })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(await screen.findByRole('link', { name: 'History' }));
    expect(await screen.findByText(/No changes recorded yet/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Harbour contract' }));
    await user.click(await screen.findByRole('link', { name: 'Audit office report' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit office report' })).toBeTruthy();

    expect(host.callsTo('case.get')).toEqual([]);
    expect(host.callsTo('incident.get').map((call) => call.input)).toContainEqual({ caseId: 'case-harbour', incidentId: 'incident-signing' });
    expect(host.callsTo('source.get').map((call) => call.input)).toEqual([{ caseId: 'case-harbour', sourceId: 'source-report' }]);
  });

  it('reads the source again after an edit there, and again after undoing it', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, `${casePath}/sources/source-report`);
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }));
    await user.type(screen.getByRole('textbox', { name: /Annotation/ }), 'Ask for the minutes.');
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    expect(await screen.findByText('Ask for the minutes.')).toBeTruthy();
    const readsAfterSaving = host.callsTo('source.get').length;
    expect(readsAfterSaving).toBeGreaterThan(1);

    await user.click(screen.getByRole('button', { name: /^Undo: / }));
    expect(await screen.findByText('No annotations yet.')).toBeTruthy();
    expect(host.callsTo('source.get').length).toBeGreaterThan(readsAfterSaving);
  });

  it('shows a new incident at its place in the list once it is created', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, `${casePath}/incidents/new`);
    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Earliest of all');
    await user.type(screen.getByRole('textbox', { name: 'Date' }), '1999');
    await user.click(screen.getByRole('button', { name: 'Create incident' }));
    const list = await screen.findByRole('navigation', { name: 'Incidents (3)' });
    expect(within(list).getAllByRole('link')[1]!.textContent).toContain('Earliest of all');
  });

  it('says an incident is missing when the case does not hold it', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), `${casePath}/incidents/incident-gone`);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This case has no incident with the id “incident-gone”. It may have been removed; choose another from the list.',
    );
  });

  it('shows any other failure to read a source with the core’s message', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    host.fail('source.get', { code: 'case-unreadable', message: 'The case file could not be read: permission denied.' });
    renderApp(host, `${casePath}/sources/source-report`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('permission denied');
    expect(alert.textContent).toContain('left the file untouched');
  });
});
