import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../shared';
import { fakeHost, type FakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const incidentPath = '/cases/case-harbour/incidents/incident-signing';

/** Renames the signing incident through the host, as an earlier save in the editor would have. */
async function renameSigning(host: FakeHost, title: string) {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...draft } = host.caseFile('case-harbour')!.incidents[0]!;
  const result = await host.api.call('incident.update', { caseId: 'case-harbour', incidentId: 'incident-signing', incident: { ...draft, title } });
  expect(result.ok).toBe(true);
}

const titleOf = (file: CaseFile | undefined) => file?.incidents.find((incident) => incident.id === 'incident-signing')?.title;

describe('undo and redo', () => {
  it('label each button with what it would do, undo the edit, then redo it', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await renameSigning(host, 'Contract signed in secret');
    const { user } = renderApp(host, incidentPath);
    expect(await screen.findByRole('article', { name: 'Contract signed in secret' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Redo' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Undo: Edited incident “Contract signed in secret”' }));
    expect(await screen.findByRole('article', { name: 'Contract signed' })).toBeTruthy();
    expect(titleOf(host.caseFile('case-harbour'))).toBe('Contract signed');
    expect(screen.getByText('Undid: Edited incident “Contract signed in secret” — saved.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(true);

    await user.click(await screen.findByRole('button', { name: 'Redo: Edited incident “Contract signed in secret”' }));
    expect(await screen.findByRole('article', { name: 'Contract signed in secret' })).toBeTruthy();
    expect(titleOf(host.caseFile('case-harbour'))).toBe('Contract signed in secret');
  });

  it('answer Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y outside text fields', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await renameSigning(host, 'Renamed once');
    const { user } = renderApp(host, incidentPath);
    await screen.findByRole('article', { name: 'Renamed once' });

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('article', { name: 'Contract signed' })).toBeTruthy();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(await screen.findByRole('article', { name: 'Renamed once' })).toBeTruthy();
    await user.keyboard('{Meta>}z{/Meta}');
    expect(await screen.findByRole('article', { name: 'Contract signed' })).toBeTruthy();
    await user.keyboard('{Control>}y{/Control}');
    expect(await screen.findByRole('article', { name: 'Renamed once' })).toBeTruthy();
    expect(host.callsTo('case.undo')).toHaveLength(2);
    expect(host.callsTo('case.redo')).toHaveLength(2);
  });

  it('answer the desktop menu’s Undo and Redo, which take the shortcut before the page sees it', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await renameSigning(host, 'Renamed once');
    renderApp(host, incidentPath);
    await screen.findByRole('article', { name: 'Renamed once' });
    host.sendMenuCommand('undo');
    expect(await screen.findByRole('article', { name: 'Contract signed' })).toBeTruthy();
    host.sendMenuCommand('redo');
    expect(await screen.findByRole('article', { name: 'Renamed once' })).toBeTruthy();
    expect(host.callsTo('case.undo')).toHaveLength(1);
    expect(host.callsTo('case.redo')).toHaveLength(1);
  });

  it('leave the menu’s Undo to a text field that has focus', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await renameSigning(host, 'Renamed once');
    const { user } = renderApp(host, `${incidentPath}/edit`);
    // jsdom has no editing commands; Chromium's execCommand('undo') undoes the field's typing.
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(await screen.findByRole('textbox', { name: /Title/ }));
    host.sendMenuCommand('undo');
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(host.callsTo('case.undo')).toHaveLength(0);
  });

  it('leave Ctrl+Z to a text field that has focus', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await renameSigning(host, 'Renamed once');
    const { user } = renderApp(host, `${incidentPath}/edit`);
    const title = await screen.findByRole('textbox', { name: /Title/ });
    await user.click(title);
    await user.keyboard('{Control>}z{/Control}');
    await user.click(screen.getByRole('textbox', { name: 'Summary' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(host.callsTo('case.undo')).toHaveLength(0);
    expect(titleOf(host.caseFile('case-harbour'))).toBe('Renamed once');

    // A checkbox is not a text field: there the shortcut undoes the case's last edit.
    await user.click(screen.getByRole('checkbox', { name: /Anonymous post/ }));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(titleOf(host.caseFile('case-harbour'))).toBe('Contract signed'));
    expect(host.callsTo('case.undo')).toHaveLength(1);
  });

  it('show the core’s message when an undo fails, and leave the case as it was', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    await renameSigning(host, 'Renamed once');
    host.fail('case.undo', { code: 'storage-failed', message: 'Nothing was saved: the disk is full.' });
    const { user } = renderApp(host, incidentPath);
    await user.click(await screen.findByRole('button', { name: /^Undo: / }));
    expect((await screen.findByRole('alert')).textContent).toContain('the disk is full');
    expect(screen.getByRole('article', { name: 'Renamed once' })).toBeTruthy();
  });
});
