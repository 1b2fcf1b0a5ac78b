import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

describe('the incident editor', () => {
  it('flags a date that is not EDTF as soon as the field is left, and refuses to send it', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, '/cases/case-harbour/incidents/new');
    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Bank transfer');
    const date = screen.getByRole('textbox', { name: 'Date' });
    await user.type(date, 'last spring');
    await user.tab();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Not an EDTF date/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create incident' }));
    expect(host.callsTo('incident.create')).toHaveLength(0);
  });

  it('reads a valid date back in words while typing', async () => {
    const { user } = renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour/incidents/new');
    await user.type(await screen.findByRole('textbox', { name: 'Date' }), '~2015');
    expect(screen.getByText('Reads as: about 2015')).toBeTruthy();
  });

  it('creates an incident with tags, sources and participants, then shows it saved', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { router, user } = renderApp(host, '/cases/case-harbour/incidents/new');
    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Bank transfer');
    await user.type(screen.getByRole('textbox', { name: 'Date' }), '2023-04-02');
    await user.type(screen.getByRole('textbox', { name: /Tags/ }), 'money, bank,, money');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'confirmed');
    await user.click(screen.getByRole('checkbox', { name: /Anonymous post/ }));
    await user.click(screen.getByRole('button', { name: 'Add person or organisation' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person or organisation 1' }), 'entity-harbour');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role 1' }), 'intermediary');
    await user.click(screen.getByRole('button', { name: 'Create incident' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-harbour/incidents/new-1'));
    expect(host.callsTo('incident.create')[0]!.input).toEqual({
      caseId: 'case-harbour',
      incident: {
        title: 'Bank transfer',
        summary: '',
        date: '2023-04-02',
        place: '',
        status: 'confirmed',
        tags: ['money', 'bank'],
        sourceIds: ['source-post'],
        participants: [{ entityId: 'entity-harbour', role: 'intermediary' }],
        claims: [],
      },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Bank transfer' })).toBeTruthy();
    expect(screen.getByText('Incident created and saved.')).toBeTruthy();
  });

  it('asks for a person when a participant row is left empty', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, '/cases/case-harbour/incidents/incident-signing/edit');
    await user.click(await screen.findByRole('button', { name: 'Add person or organisation' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByText('Choose who this is, or remove the row.')).toBeTruthy();
    expect(host.callsTo('incident.update')).toHaveLength(0);
  });

  it('edits an incident, and shows the host’s error without losing the changes', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    host.fail('incident.update', { code: 'invalid-input', message: 'incident.sourceIds.0 names a source this case does not hold.' });
    const { user } = renderApp(host, '/cases/case-harbour/incidents/incident-signing/edit');
    const title = await screen.findByRole('textbox', { name: /Title/ });
    expect((title as HTMLInputElement).value).toBe('Contract signed');
    await user.clear(title);
    await user.type(title, 'Contract signed in secret');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('names a source this case does not hold');
    expect((title as HTMLInputElement).value).toBe('Contract signed in secret');

    host.succeed('incident.update');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const view = await screen.findByRole('article', { name: 'Contract signed in secret' });
    expect(within(view).getByText('Port City')).toBeTruthy();
    expect(host.caseFile('case-harbour')!.incidents[0]!.title).toBe('Contract signed in secret');
  });
});
