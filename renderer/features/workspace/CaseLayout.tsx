import { useCallback, useMemo, useState } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { useChannel } from '../../api';
import { paths } from '../../app/paths';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { ReadOnlyBanner } from '../case-status/ReadOnlyBanner';
import { RecoveryNotice } from '../case-status/RecoveryNotice';
import { useUndoRedo, useUndoRedoShortcuts } from '../case-status/use-undo-redo';
import { CaseContext, type OpenCase } from './case-context';
import { useCaseCommands } from './use-case-commands';

/**
 * Reads the outline of the case named in the address (its details and one row per incident, source and entity),
 * and its status (read-only or not, what undo and redo would do), once for all its screens; each screen reads the
 * detail it shows. After each change the revision moves, and all of them are read again. Says above every case
 * screen when the case is read-only or was repaired on opening.
 */
export function CaseLayout() {
  const { caseId = '' } = useParams();
  const [revision, setRevision] = useState(0);
  const [loaded] = useChannel('case.outline', { caseId }, revision);
  const [statusLoaded] = useChannel('case.status', { caseId }, revision);
  const [dismissedFor, setDismissedFor] = useState<string>();
  const reload = useCallback(() => setRevision((previous) => previous + 1), []);
  const status = statusLoaded.status === 'ready' ? statusLoaded.value : undefined;
  const undoRedo = useUndoRedo(caseId, status, reload);
  useUndoRedoShortcuts(undoRedo.run);
  useCaseCommands(caseId, status?.access.mode === 'read-only', undoRedo);
  const openCase = useMemo<OpenCase | undefined>(
    () =>
      loaded.status === 'ready'
        ? { outline: loaded.value, revision, reload, status, readOnly: status?.access.mode === 'read-only', undoRedo }
        : undefined,
    [loaded, revision, reload, status, undoRedo],
  );
  if (loaded.status === 'failed') {
    return (
      <div className="mx-auto max-w-2xl space-y-4 p-8">
        <FailureNotice failure={loaded.error} />
        <Link className="link text-sm" to={paths.library()}>
          Back to the case library
        </Link>
      </div>
    );
  }
  // Waiting for the status too, so edit controls never show enabled on a read-only case.
  if (!openCase || statusLoaded.status === 'loading') return <Loading what="the case" />;
  return (
    <CaseContext.Provider value={openCase}>
      <div className="flex h-full flex-col">
        {status && <ReadOnlyBanner access={status.access} />}
        {status && dismissedFor !== caseId && <RecoveryNotice messages={status.recovery} onDismiss={() => setDismissedFor(caseId)} />}
        <div className="min-h-0 flex-1">
          <Outlet />
        </div>
      </div>
    </CaseContext.Provider>
  );
}
