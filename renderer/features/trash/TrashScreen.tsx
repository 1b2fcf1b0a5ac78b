import { useState } from 'react';
import type { RestoreOutcome, TrashListing } from '../../../shared';
import { useApi, useChannel, useSave } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';
import { TrashEntryItem } from './TrashEntryItem';

interface TrashScreenProps {
  readonly caseId: string;
  /** The case's revision: the list is read again whenever the case changes (an undo can empty the trash). */
  readonly revision?: number;
  /** Restore and Delete for good are disabled when the case is read-only. */
  readonly readOnly?: boolean;
  /** Called after a restore or a purge, so the screens showing the case read it again. */
  readonly onChange?: () => void;
}

/** What the last restore did; links it could not put back are listed, each saying why. */
function RestoreReport({ outcome }: { readonly outcome: RestoreOutcome | undefined }) {
  if (!outcome) return null;
  const complete = outcome.skipped.length === 0;
  return (
    <div className={`rounded-md border p-3 text-sm ${complete ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-amber-200 bg-amber-50 text-amber-900'}`}>
      <p className="font-semibold">{outcome.label}.</p>
      {!complete && (
        <ul aria-label="Links not put back" className="mt-1 list-disc space-y-0.5 pl-5">
          {outcome.skipped.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The case's trash: each deletion, newest first, to restore with its links or delete for good. */
export function TrashScreen({ caseId, revision = 0, readOnly = false, onChange }: TrashScreenProps) {
  const [loaded, reload] = useChannel('trash.list', { caseId }, revision);
  const { call } = useApi();
  const { state, save } = useSave();
  const [restored, setRestored] = useState<RestoreOutcome>();
  const [purging, setPurging] = useState<TrashListing>();
  const busy = state.phase === 'saving';
  const settle = () => {
    reload();
    onChange?.();
  };
  const restore = async (entry: TrashListing) => {
    setRestored(undefined);
    const result = await save(() => call('trash.restore', { caseId, entryId: entry.id }), 'Restored.');
    if (!result.ok) return;
    setRestored(result.value);
    settle();
  };
  const purge = async (entry: TrashListing) => {
    setPurging(undefined);
    setRestored(undefined);
    const result = await save(() => call('trash.purge', { caseId, entryId: entry.id }), 'Deleted for good.');
    if (result.ok) settle();
  };
  return (
    <section aria-labelledby="trash-heading" className="space-y-3">
      <h2 id="trash-heading" className="text-base font-semibold">
        Trash
      </h2>
      <p className="text-sm text-stone-600">Deleted objects stay here until you delete them for good. Restoring one puts it back with the links it had.</p>
      <SaveStatus state={state} />
      <RestoreReport outcome={restored} />
      {loaded.status === 'loading' && <Loading what="the trash" />}
      {loaded.status === 'failed' && <FailureNotice failure={loaded.error} title="The trash could not be read" />}
      {loaded.status === 'ready' &&
        (loaded.value.length === 0 ? (
          <p className="text-sm text-stone-500">The trash is empty.</p>
        ) : (
          <ul aria-label="Deleted objects" className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
            {loaded.value.map((entry) => (
              <TrashEntryItem key={entry.id} entry={entry} busy={busy} readOnly={readOnly} onRestore={() => void restore(entry)} onPurge={() => setPurging(entry)} />
            ))}
          </ul>
        ))}
      <Dialog title="Delete for good?" role="alertdialog" open={purging !== undefined} onClose={() => setPurging(undefined)}>
        <p className="text-sm text-stone-700">
          “{purging?.label}” leaves the trash and can no longer be restored. The case’s history still records what it held.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="button" autoFocus onClick={() => setPurging(undefined)}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={() => purging && void purge(purging)}>
            Delete for good
          </button>
        </div>
      </Dialog>
    </section>
  );
}
