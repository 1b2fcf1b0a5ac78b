import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { BackupListing } from '../../../shared';
import { useApi, useChannel, useSave } from '../../api';
import { paths } from '../../app/paths';
import { Timestamp } from '../../components/Dates';
import { Dialog } from '../../components/Dialog';
import { FailureNotice } from '../../components/FailureNotice';
import { SaveStatus } from '../../components/SaveStatus';
import type { SavedNotice } from '../../components/SavedNotice';
import { bytesInWords } from '../../lib/labels';

function BackupItem({ backup, onRestore }: { readonly backup: BackupListing; readonly onRestore: () => void }) {
  const describedBy = useId();
  return (
    <li className="flex items-center justify-between gap-3 px-3 py-2">
      <p id={describedBy} className="text-sm">
        <Timestamp iso={backup.createdAt} />
        <span className="block text-xs text-stone-500">{bytesInWords(backup.bytes)}</span>
      </p>
      <button type="button" className="button shrink-0 px-2 py-1 text-xs" aria-describedby={describedBy} onClick={onRestore}>
        Restore as new case
      </button>
    </li>
  );
}

/** The case's rolling backups; any can become a new case beside this one, which stays as it is. */
export function BackupsPanel({ caseId, caseName }: { readonly caseId: string; readonly caseName: string }) {
  const [loaded] = useChannel('case.backups', { caseId });
  const { call } = useApi();
  const navigate = useNavigate();
  const { state, save } = useSave();
  const [confirming, setConfirming] = useState<BackupListing>();
  const restore = async (backup: BackupListing) => {
    setConfirming(undefined);
    const result = await save(() => call('case.restoreBackup', { caseId, backup: backup.name }), 'Restored');
    if (!result.ok) return;
    const notice: SavedNotice = { saved: `Restored from the backup of ${new Date(backup.createdAt).toLocaleString()} as a new case. “${caseName}” is unchanged.` };
    void navigate(paths.case(result.value.id), { state: notice });
  };
  return (
    <section aria-labelledby="backups-heading" className="space-y-2">
      <h2 id="backups-heading" className="text-sm font-semibold">
        Backups
      </h2>
      <p className="text-xs text-stone-600">Copies of the whole case that Dossier keeps as you work. Restoring one makes a new case; this one is not changed.</p>
      {loaded.status === 'loading' && <p className="text-sm text-stone-500">Loading backups…</p>}
      {loaded.status === 'failed' && <FailureNotice failure={loaded.error} title="The backups could not be listed" />}
      {loaded.status === 'ready' &&
        (loaded.value.length === 0 ? (
          <p className="text-sm text-stone-500">No backups yet.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
            {loaded.value.map((backup) => (
              <BackupItem key={backup.name} backup={backup} onRestore={() => setConfirming(backup)} />
            ))}
          </ul>
        ))}
      <SaveStatus state={state} />
      <Dialog title="Restore this backup as a new case?" role="alertdialog" open={confirming !== undefined} onClose={() => setConfirming(undefined)}>
        <p className="text-sm text-stone-700">
          Dossier makes a new case from the backup of {confirming && <Timestamp iso={confirming.createdAt} />}. The current case, “{caseName}”, is left untouched.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="button" onClick={() => setConfirming(undefined)}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => confirming && void restore(confirming)}>
            Restore as new case
          </button>
        </div>
      </Dialog>
    </section>
  );
}
