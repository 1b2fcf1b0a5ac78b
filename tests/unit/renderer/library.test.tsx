import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

describe('the case library', () => {
  it('lists each case as a link with its summary and incident count', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), '/');
    const link = await screen.findByRole('link', { name: 'Harbour contract' });
    expect(link.getAttribute('href')).toBe('/cases/case-harbour');
    expect(screen.getByText('Who signed the harbour contract.')).toBeTruthy();
    expect(screen.getByText(/2 incidents/)).toBeTruthy();
  });

  it('lists unreadable case files with their reason, saying they were left untouched', async () => {
    const problems = [{ file: '/data/cases/broken.json', reason: 'The file is not valid JSON (unexpected end at line 4).' }];
    renderApp(fakeHost({ cases: [sampleCase()], problems }), '/');
    const panel = await screen.findByRole('region', { name: 'One case file could not be read' });
    expect(within(panel).getByText('/data/cases/broken.json')).toBeTruthy();
    expect(within(panel).getByText(problems[0]!.reason)).toBeTruthy();
    expect(within(panel).getByText(/left each file untouched/)).toBeTruthy();
  });

  it('shows no problems panel when every file was read', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), '/');
    await screen.findByRole('link', { name: 'Harbour contract' });
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('shows the error next to the name and sends nothing when the name is empty', async () => {
    const host = fakeHost();
    const { user } = renderApp(host, '/');
    await user.click(await screen.findByRole('button', { name: 'Create case' }));
    const name = screen.getByRole('textbox', { name: /Name/ });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Must not be empty.')).toBeTruthy();
    expect(host.callsTo('case.create')).toHaveLength(0);
  });

  it('creates a case and opens its workspace', async () => {
    const host = fakeHost();
    const { router, user } = renderApp(host, '/');
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Port investigation');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/new-1'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Port investigation' })).toBeTruthy();
    expect(host.callsTo('case.create')[0]!.input).toEqual({ name: 'Port investigation', summary: '' });
  });

  it('shows a failure from the host and keeps what was typed', async () => {
    const host = fakeHost();
    host.fail('case.create', { code: 'storage-failed', message: 'The disk is full; free some space and try again.' });
    const { user } = renderApp(host, '/');
    const name = await screen.findByRole('textbox', { name: /Name/ });
    await user.type(name, 'Port investigation');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full');
    expect((name as HTMLInputElement).value).toBe('Port investigation');
  });
});
