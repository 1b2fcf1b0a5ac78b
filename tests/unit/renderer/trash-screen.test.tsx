import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyChanges, deleteToTrash, type CaseFile, type DeletionTarget } from '../../../shared';
import { ApiProvider } from '../../../renderer/api';
import { TrashScreen } from '../../../renderer/features/trash/TrashScreen';
import { sampleCase } from './support/fixtures';
import { oneCaseHost } from './support/fake-host';

afterEach(cleanup);

/** The fixture case with each target deleted in turn, a minute apart. */
function caseWithDeleted(...targets: DeletionTarget[]): CaseFile {
  return targets.reduce((file, target, index) => {
    const environment = { now: () => new Date(Date.UTC(2024, 4, 1, 9, index)), newId: () => `deleted-${index + 1}` };
    const deletion = deleteToTrash(file, target, environment);
    if (!deletion.ok) throw new Error(deletion.error.message);
    const next = applyChanges(file, deletion.value.changes);
    if (!next.ok) throw new Error(next.error.message);
    return next.value;
  }, sampleCase());
}

function renderTrash(file: CaseFile, readOnly = false) {
  const host = oneCaseHost(file);
  const onChange = vi.fn();
  render(
    <ApiProvider api={host.api}>
      <TrashScreen caseId="case-harbour" readOnly={readOnly} onChange={onChange} />
    </ApiProvider>,
  );
  return { host, onChange, user: userEvent.setup({ delay: null }) };
}

const entries = () => within(screen.getByRole('list', { name: 'Deleted objects' })).getAllByRole('listitem');

describe('the trash screen', () => {
  it('says when the trash is empty', async () => {
    renderTrash(sampleCase());
    expect(await screen.findByText('The trash is empty.')).toBeTruthy();
  });

  it('lists deletions newest first, with what each holds and when', async () => {
    renderTrash(caseWithDeleted({ kind: 'source', id: 'source-post' }, { kind: 'entity', id: 'entity-minister' }));
    await screen.findByRole('list', { name: 'Deleted objects' });
    const [newest, oldest] = entries();
    expect(newest!.textContent).toContain('Deleted person “Minister of Ports”');
    expect(newest!.textContent).toContain('1 person; 1 link to other objects');
    expect(within(newest!).getByRole('time').getAttribute('datetime')).toBe('2024-05-01T09:01:00.000Z');
    expect(oldest!.textContent).toContain('Deleted source “Anonymous post”');
  });

  it('restores an entry with its links, and says what it did', async () => {
    const { host, onChange, user } = renderTrash(caseWithDeleted({ kind: 'entity', id: 'entity-minister' }));
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restored person “Minister of Ports”.')).toBeTruthy();
    expect(await screen.findByText('The trash is empty.')).toBeTruthy();
    expect(host.file().incidents[0]!.participants).toEqual([{ entityId: 'entity-minister', role: 'official' }]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('lists the links a restore could not put back', async () => {
    const file = caseWithDeleted({ kind: 'source', id: 'source-post' }, { kind: 'incident', id: 'incident-denial' });
    const { user } = renderTrash(file);
    await screen.findByRole('list', { name: 'Deleted objects' });
    await user.click(within(entries()[1]!).getByRole('button', { name: 'Restore' }));
    const skipped = await screen.findByRole('list', { name: 'Links not put back' });
    expect(skipped.textContent).toBe('Incident “Denial by officials” was not linked again to the source “Anonymous post”: it is in the trash.');
  });

  it('shows a refused restore with its reason and keeps the entry', async () => {
    const file = caseWithDeleted({ kind: 'quote', id: 'quote-denied' }, { kind: 'source', id: 'source-report' });
    const { host, onChange, user } = renderTrash(file);
    await screen.findByRole('list', { name: 'Deleted objects' });
    await user.click(within(entries()[1]!).getByRole('button', { name: 'Restore' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Restore the source “Audit office report” from the trash first.');
    expect(entries()).toHaveLength(2);
    expect(host.file().trash).toHaveLength(2);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('deletes for good only once confirmed', async () => {
    const { host, user } = renderTrash(caseWithDeleted({ kind: 'annotation', id: 'annotation-first' }));
    await user.click(await screen.findByRole('button', { name: 'Delete for good' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete for good?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(host.callsTo('trash.purge')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('The trash is empty.')).toBeTruthy();
    expect(host.file().trash).toEqual([]);
    await waitFor(() => expect(screen.getByText('Deleted for good.')).toBeTruthy());
  });

  it('offers nothing to do in a read-only case', async () => {
    renderTrash(caseWithDeleted({ kind: 'annotation', id: 'annotation-first' }), true);
    const restore = await screen.findByRole('button', { name: 'Restore' });
    expect((restore as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Delete for good' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
