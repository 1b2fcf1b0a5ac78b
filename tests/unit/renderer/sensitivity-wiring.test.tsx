import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { oneCaseHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const incidentPath = '/cases/case-harbour/incidents/incident-signing';
const incidentBox = 'Sensitive: leave this incident out of printed summaries';

describe('sensitive marks on the case screens', () => {
  it('marks an incident sensitive from its view by keyboard, saves it, and badges its row in the list', async () => {
    const host = oneCaseHost(sampleCase());
    const { user } = renderApp(host, incidentPath);
    const incident = await screen.findByRole('article', { name: 'Contract signed' });
    const list = screen.getByRole('navigation', { name: 'Incidents (2)' });
    expect(within(list).queryByText('Sensitive')).toBeNull();

    // Reached with Tab straight after the incident's actions, and ticked with the space bar.
    within(incident).getByRole('button', { name: 'Delete incident' }).focus();
    await user.tab();
    const box = within(incident).getByRole('checkbox', { name: incidentBox });
    expect(document.activeElement).toBe(box);
    await user.keyboard(' ');

    await waitFor(() => expect(host.callsTo('redaction.mark')).toHaveLength(1));
    expect(host.callsTo('redaction.mark')[0]!.input).toEqual({
      caseId: 'case-harbour',
      target: { kind: 'incident', id: 'incident-signing' },
      sensitive: true,
      releasedTo: [],
    });
    expect(host.file().incidents.find((item) => item.id === 'incident-signing')!.sensitivity).toEqual({ releasedTo: [] });
    const row = within(list).getByRole('link', { name: /Contract signed/ });
    await waitFor(() => expect(within(row).getByText('Sensitive')).toBeTruthy());
    expect(within(list).getByRole('link', { name: /Denial by officials/ }).textContent).not.toContain('Sensitive');
  });

  it('offers the case’s profiles once marked, and saves a release to one of them', async () => {
    const host = oneCaseHost(sampleCase());
    const { user } = renderApp(host, incidentPath);
    const incident = await screen.findByRole('article', { name: 'Contract signed' });
    expect(within(incident).queryByRole('checkbox', { name: 'Partner' })).toBeNull();
    await user.click(within(incident).getByRole('checkbox', { name: incidentBox }));
    await user.click(await within(incident).findByRole('checkbox', { name: 'Partner' }));
    await waitFor(() => expect(host.callsTo('redaction.mark')).toHaveLength(2));
    expect(host.file().incidents.find((item) => item.id === 'incident-signing')!.sensitivity).toEqual({ releasedTo: ['profile-partner'] });
    expect(within(incident).getByRole('checkbox', { name: 'Public' })).toHaveProperty('checked', false);
  });

  it('shows a saved mark as ticked, and every mark disabled when the case is open read-only', async () => {
    const file = sampleCase();
    const marked = { ...file, incidents: file.incidents.map((item) => ({ ...item, sensitivity: { releasedTo: [] } })) };
    renderApp(oneCaseHost(marked, { access: { mode: 'read-only', reason: 'Another Dossier is writing this case.' } }), incidentPath);
    const incident = await screen.findByRole('article', { name: 'Contract signed' });
    const box = within(incident).getByRole('checkbox', { name: incidentBox });
    expect(box).toHaveProperty('checked', true);
    expect(box).toHaveProperty('disabled', true);
    const note = within(incident).getByRole('checkbox', { name: 'Sensitive: leave this note out of printed summaries' });
    expect(note).toHaveProperty('disabled', true);
  });

  it('marks the selected quote and badges it in the source’s quote list', async () => {
    const host = oneCaseHost(sampleCase());
    const { user } = renderApp(host, '/cases/case-harbour/sources/source-report?quote=quote-signed');
    const details = await screen.findByRole('region', { name: 'Selected quote' });
    await user.click(within(details).getByRole('checkbox', { name: 'Sensitive: leave this quote out of printed summaries' }));
    await waitFor(() => expect(host.file().quotes.find((quote) => quote.id === 'quote-signed')!.sensitivity).toEqual({ releasedTo: [] }));
    const quotes = screen.getByRole('complementary', { name: /^Quotes/ });
    await waitFor(() => expect(within(quotes).getByRole('button', { pressed: true }).textContent).toContain('Sensitive'));
  });

  it('marks a person on their card in the cast', async () => {
    const host = oneCaseHost(sampleCase());
    const { user } = renderApp(host, '/cases/case-harbour/people');
    const card = await screen.findByRole('article', { name: 'Minister of Ports' });
    await user.click(within(card).getByRole('checkbox', { name: 'Sensitive: leave this name out of printed summaries' }));
    await waitFor(() => expect(host.file().entities.find((entity) => entity.id === 'entity-minister')!.sensitivity).toEqual({ releasedTo: [] }));
    await waitFor(() => expect(within(card).getByText('Sensitive')).toBeTruthy());
  });
});
