import { useState } from 'react';
import type { DeletionTarget, TrashListing } from '../../../shared';
import { useApi, useChannel, useSave } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';
import { ImpactDetails } from './ImpactDetails';

export const movedToTrashMessage = 'Moved to the trash — restore it from Trash.';

interface DeleteDialogProps {
  readonly caseId: string;
  readonly target: DeletionTarget;
  /** Called once the user has read that the object went to the trash (Close or Escape). */
  readonly onDeleted: (entry: TrashListing) => void;
  readonly onCancel: () => void;
}

/**
 * Asks before deleting anything: it shows what would go with the object and which links would break, then deletes
 * to the trash. Cancel comes first and has the focus, so Enter or Escape never deletes by accident.
 */
export function DeleteDialog({ caseId, target, onDeleted, onCancel }: DeleteDialogProps) {
  const [impact] = useChannel('object.deletionImpact', { caseId, target });
  const { call } = useApi();
  const { state, save } = useSave();
  const [deleted, setDeleted] = useState<TrashListing>();
  const saving = state.phase === 'saving';
  const remove = async () => {
    const result = await save(() => call('object.delete', { caseId, target }), movedToTrashMessage);
    if (result.ok) setDeleted(result.value);
  };
  const close = () => {
    if (deleted) onDeleted(deleted);
    else if (!saving) onCancel();
  };
  const title = impact.status === 'ready' ? `Delete ${impact.value.target.noun} “${impact.value.target.title}”?` : 'Delete?';
  return (
    <Dialog title={deleted ? 'Moved to the trash' : title} role="alertdialog" open onClose={close}>
      {deleted ? (
        <>
          <p role="status" className="text-sm text-emerald-800">
            {movedToTrashMessage}
          </p>
          <div className="mt-4 flex justify-end">
            <button type="button" className="button" autoFocus onClick={close}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          {impact.status === 'loading' && <Loading what="what deleting would change" />}
          {impact.status === 'failed' && <FailureNotice failure={impact.error} title="Dossier could not work out what deleting would change" />}
          {impact.status === 'ready' && <ImpactDetails impact={impact.value} />}
          <div className="mt-3">
            <SaveStatus state={state} />
          </div>
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" className="button" autoFocus disabled={saving} onClick={onCancel}>
              Cancel
            </button>
            {impact.status === 'ready' && (
              <button type="button" className="button button-danger" disabled={saving} onClick={() => void remove()}>
                Delete {impact.value.target.noun}
              </button>
            )}
          </div>
        </>
      )}
    </Dialog>
  );
}
