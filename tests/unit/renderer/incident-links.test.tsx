import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

// The first screen of a test can take over a second to appear on a busy machine: wait longer than the default.
const loading = { timeout: 5000 };
const signingPath = '/cases/case-harbour/incidents/incident-signing';

/** The sample case with the denial a follow-up of the signing. */
function linkedCase(): CaseFile {
  const link = { id: 'link-denial-signing', fromIncidentId: 'incident-denial', toIncidentId: 'incident-signing', kind: 'follow-up' as const, createdAt: '2024-03-01T10:00:00.000Z' };
  return { ...sampleCase(), incidentLinks: [link] };
}

describe('linked incidents', () => {
  it('lists a link from both ends in words, each a link to the other incident', async () => {
    const { user } = renderApp(fakeHost({ cases: [linkedCase()] }), signingPath);
    const fromSigning = await screen.findByRole('region', { name: 'Linked incidents (1)' }, loading);
    expect(within(fromSigning).getByRole('listitem').textContent).toMatch(/^Followed up by Denial by officials/);
    await user.click(within(fromSigning).getByRole('link', { name: 'Denial by officials' }));
    await screen.findByRole('heading', { level: 2, name: 'Denial by officials' }, loading);
    const fromDenial = screen.getByRole('region', { name: 'Linked incidents (1)' });
    expect(within(fromDenial).getByRole('listitem').textContent).toMatch(/^Follow-up of Contract signed/);
    expect(within(fromDenial).getByRole('link', { name: 'Contract signed' }).getAttribute('href')).toBe(signingPath);
  });

  // A dialog, a filter and a save: on a loaded machine this takes longer than Vitest's default 5 s.
  it('adds a link: a filter picks the incident, a kind is chosen, and the list shows it', { timeout: 20_000 }, async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, signingPath);
    const section = await screen.findByRole('region', { name: 'Linked incidents (0)' }, loading);
    await user.click(within(section).getByRole('button', { name: 'Add link' }));
    const dialog = screen.getByRole('dialog', { name: 'Link another incident' });
    expect(within(dialog).queryByRole('radio', { name: /Contract signed/ })).toBeNull();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'This incident is' }), 'includes');
    await user.type(within(dialog).getByRole('textbox', { name: 'Find an incident' }), 'denial{Enter}');

    const after = await screen.findByRole('region', { name: 'Linked incidents (1)' }, loading);
    expect(host.callsTo('incident.link')[0]!.input).toEqual({
      caseId: 'case-harbour',
      link: { fromIncidentId: 'incident-denial', toIncidentId: 'incident-signing', kind: 'part-of' },
    });
    expect(within(after).getByRole('listitem').textContent).toMatch(/^Includes Denial by officials/);
    expect(within(after).getByRole('status').textContent).toBe('Incidents linked.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for an incident when none is picked, and keeps the dialog open with the core’s message when it refuses', async () => {
    const host = fakeHost({ cases: [linkedCase()] });
    const { user } = renderApp(host, signingPath);
    await user.click(await screen.findByRole('button', { name: 'Add link' }, loading));
    const dialog = screen.getByRole('dialog', { name: 'Link another incident' });
    await user.click(within(dialog).getByRole('button', { name: 'Link incidents' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/^Choose the incident to link to/);
    expect(host.callsTo('incident.link')).toHaveLength(0);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'This incident is' }), 'followed-up-by');
    await user.click(within(dialog).getByRole('radio', { name: /Denial by officials/ }));
    expect(dialog.textContent).toContain('This incident is followed up by “Denial by officials”.');
    await user.click(within(dialog).getByRole('button', { name: 'Link incidents' }));
    const refusal = await within(dialog).findByText(/These incidents are already linked/);
    expect(refusal.closest('[role="alert"]')?.textContent).toContain('Not saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('removes a link, saying Undo puts it back', async () => {
    const host = fakeHost({ cases: [linkedCase()] });
    const { user } = renderApp(host, signingPath);
    await user.click(await screen.findByRole('button', { name: 'Remove the link: followed up by “Denial by officials”' }, loading));
    const section = await screen.findByRole('region', { name: 'Linked incidents (0)' }, loading);
    expect(within(section).getByRole('status').textContent).toBe('Link removed. Undo puts it back.');
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Add link' }));
    await waitFor(() => expect(host.caseFile('case-harbour')!.incidentLinks).toEqual([]));
  });

  it('offers no link editing in a read-only case', async () => {
    const host = fakeHost({ cases: [linkedCase()], access: { mode: 'read-only', reason: 'Another Dossier has it open.' } });
    renderApp(host, signingPath);
    const section = await screen.findByRole('region', { name: 'Linked incidents (1)' }, loading);
    await waitFor(() => expect((within(section).getByRole('button', { name: 'Add link' }) as HTMLButtonElement).disabled).toBe(true));
    expect((within(section).getByRole('button', { name: /^Remove the link/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
