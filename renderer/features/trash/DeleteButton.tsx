import { useState } from 'react';
import type { DeletionTarget, TrashListing } from '../../../shared';
import { DeleteDialog } from './DeleteDialog';

interface DeleteButtonProps {
  readonly caseId: string;
  readonly target: DeletionTarget;
  /** "Delete source": names what goes, since a screen may offer several. */
  readonly label: string;
  readonly readOnly: boolean;
  /** Called once the user has read that the object went to the trash. */
  readonly onDeleted: (entry: TrashListing) => void;
  readonly className?: string;
}

/** A Delete button that asks first, with DeleteDialog, what deleting would take with it. */
export function DeleteButton({ caseId, target, label, readOnly, onDeleted, className = 'button button-danger' }: DeleteButtonProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className={className} disabled={readOnly} title={readOnly ? 'This case is read-only here' : undefined} onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking && (
        <DeleteDialog
          caseId={caseId}
          target={target}
          onCancel={() => setAsking(false)}
          onDeleted={(entry) => {
            setAsking(false);
            onDeleted(entry);
          }}
        />
      )}
    </>
  );
}
