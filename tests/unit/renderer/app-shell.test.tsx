import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

describe('menu commands', () => {
  it('open the print view with the action to perform for the open case', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { router } = renderApp(host, '/cases/case-harbour/incidents/incident-signing');
    await screen.findByRole('article', { name: 'Contract signed' });
    act(() => host.sendMenuCommand('print-summary'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-harbour/print'));
    expect(router.state.location.search).toBe('?action=print');
  });

  it('keep the print builder’s choices when the print view is already open', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { router } = renderApp(host, '/cases/case-harbour/print?marking=TLP%3ARED&paper=Letter');
    await screen.findByRole('heading', { name: /Harbour contract/, level: 1 });
    const requests: string[] = [];
    const stop = router.subscribe((state) => requests.push(state.location.search));
    act(() => host.sendMenuCommand('print-summary'));
    await waitFor(() => expect(requests.some((search) => search.includes('action=print'))).toBe(true));
    stop();
    const asked = new URLSearchParams(requests.find((search) => search.includes('action=print')));
    expect(asked.get('marking')).toBe('TLP:RED');
    expect(asked.get('paper')).toBe('Letter');
    expect(router.state.location.pathname).toBe('/cases/case-harbour/print');
  });

  it('ask for a case first when none is open', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { router } = renderApp(host, '/');
    await screen.findByRole('link', { name: 'Harbour contract' });
    act(() => host.sendMenuCommand('export-summary-pdf'));
    expect(await screen.findByText(/Open a case first/)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });

  it('start a new incident in the open case, or a new case from anywhere', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { router } = renderApp(host, '/cases/case-harbour');
    await screen.findByRole('heading', { name: 'Case overview' });
    act(() => host.sendMenuCommand('new-incident'));
    expect(await screen.findByRole('heading', { name: 'New incident' })).toBeTruthy();
    act(() => host.sendMenuCommand('new-case'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Name/ })));
    expect(router.state.location.search).toBe('?create=case');
  });
});

describe('settings', () => {
  it('edit the author name through preferences.update and say when it is saved', async () => {
    const host = fakeHost({ preferences: { authorName: 'Sam' } });
    const { user } = renderApp(host, '/');
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    const name = await within(dialog).findByRole('textbox', { name: 'Your name as author' });
    expect((name as HTMLInputElement).value).toBe('Sam');
    await user.clear(name);
    await user.type(name, 'Samira Khan');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Saved')).toBeTruthy();
    expect(host.callsTo('preferences.update')[0]!.input).toEqual({ authorName: 'Samira Khan' });
  });
});
