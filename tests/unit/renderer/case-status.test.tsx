import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const reason = 'This case is open for editing in another Dossier (process 4242 on desk-1, since 2024-05-01T09:00:00.000Z).';
const readOnly = { mode: 'read-only', reason } as const;

describe('the case status', () => {
  it('says the case is read-only, and why, and disables every edit control', async () => {
    const host = fakeHost({ cases: [sampleCase()], access: readOnly });
    renderApp(host, '/cases/case-harbour/incidents/incident-signing');
    await screen.findByRole('article', { name: 'Contract signed' });
    const banner = screen.getAllByRole('status').find((status) => status.textContent?.includes('Read-only.'));
    expect(banner?.textContent).toContain('process 4242 on desk-1');
    for (const name of ['New incident', 'Edit incident', 'Add annotation', 'Edit', 'Delete', 'Undo', 'Redo']) {
      expect(screen.getByRole('button', { name }).hasAttribute('disabled'), name).toBe(true);
    }
    expect(screen.queryByRole('link', { name: 'Edit incident' })).toBeNull();
    // Reading stays possible.
    expect(screen.getByRole('link', { name: 'History' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Print summary' })).toBeTruthy();
  });

  it('shows no editor on a read-only case, even when its address is opened directly', async () => {
    const host = fakeHost({ cases: [sampleCase()], access: readOnly });
    renderApp(host, '/cases/case-harbour/incidents/incident-signing/edit');
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('read-only');
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('lets a writable case be edited, with no banner', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour/incidents/incident-signing');
    await screen.findByRole('article', { name: 'Contract signed' });
    expect(screen.queryByText('Read-only.')).toBeNull();
    expect(screen.getByRole('link', { name: 'Edit incident' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add annotation' }).hasAttribute('disabled')).toBe(false);
  });

  it('lists what was repaired when the case was opened, until dismissed', async () => {
    const recovery = [
      'An edit that was still being saved when Dossier stopped was never confirmed as saved, and was discarded.',
      'The damaged journal files were kept aside: /data/cases/case-harbour/damaged/2024-05-01-journal.ndjson.',
    ];
    const { user } = renderApp(fakeHost({ cases: [sampleCase()], recovery }), '/cases/case-harbour');
    const notice = await screen.findByRole('region', { name: 'Dossier repaired this case when it opened it' });
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent)).toEqual(recovery);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: /repaired/ })).toBeNull();
    await user.click(screen.getByRole('link', { name: /Contract signed/ }));
    expect(await screen.findByRole('article', { name: 'Contract signed' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /repaired/ })).toBeNull();
  });
});
