import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeletionTarget } from '../../../shared';
import { ApiProvider } from '../../../renderer/api';
import { DeleteDialog } from '../../../renderer/features/trash/DeleteDialog';
import { sampleCase } from './support/fixtures';
import { oneCaseHost } from './support/fake-host';

afterEach(cleanup);

const report: DeletionTarget = { kind: 'source', id: 'source-report' };

function renderDialog(target: DeletionTarget = report) {
  const host = oneCaseHost(sampleCase());
  const onDeleted = vi.fn();
  const onCancel = vi.fn();
  render(
    <ApiProvider api={host.api}>
      <DeleteDialog caseId="case-harbour" target={target} onDeleted={onDeleted} onCancel={onCancel} />
    </ApiProvider>,
  );
  return { host, onDeleted, onCancel, user: userEvent.setup({ delay: null }) };
}

describe('the delete dialog', () => {
  it('shows what goes with the object and which links break, with Cancel first and focused', async () => {
    renderDialog();
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete source “Audit office report”?' });
    const goes = within(dialog).getByRole('region', { name: 'Deleted with it (3)' });
    expect(within(goes).getAllByRole('listitem').map((item) => item.textContent)).toContain(
      'the contract was signed in March 2023 — A quote from this source; it cannot stand without it.',
    );
    const breaks = within(dialog).getByRole('region', { name: 'Links that will break (5)' });
    expect(breaks.textContent).toContain('Incident “Denial by officials” no longer cites source “Audit office report”.');
    const buttons = within(dialog).getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['Cancel', 'Delete source']);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
  });

  it('cancels without deleting, by the button or by Escape', async () => {
    const { host, onCancel, user } = renderDialog();
    const dialog = await screen.findByRole('alertdialog', { name: /^Delete source/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(host.callsTo('object.delete')).toHaveLength(0);
    expect(host.file().sources.map((source) => source.id)).toContain('source-report');
  });

  it('deletes to the trash, says where it went, and reports the entry when closed', async () => {
    const { host, onDeleted, user } = renderDialog();
    await user.click(await screen.findByRole('button', { name: 'Delete source' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Moved to the trash' });
    expect(within(dialog).getByRole('status').textContent).toBe('Moved to the trash — restore it from Trash.');
    expect(host.file().sources.map((source) => source.id)).not.toContain('source-report');
    expect(host.file().trash).toHaveLength(1);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-1', label: 'Deleted source “Audit office report” (and 3 quotes)' }));
  });

  it('shows a failed delete with its message and keeps everything', async () => {
    const { host, onDeleted, user } = renderDialog({ kind: 'annotation', id: 'annotation-first' });
    host.fail('object.delete', { code: 'storage-failed', message: 'The case file could not be written: disk full.' });
    const dialog = await screen.findByRole('alertdialog', { name: /^Delete note “Check the date/ });
    expect(within(dialog).getByText('Nothing else in the case refers to it.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('disk full'));
    expect(host.file().annotations).toHaveLength(1);
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('says when the object is already gone, and offers no Delete', async () => {
    renderDialog({ kind: 'quote', id: 'quote-gone' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This case has no quote with the id "quote-gone"');
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });
});
