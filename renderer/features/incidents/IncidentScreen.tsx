import { useLocation, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { findById } from '../../lib/case-queries';
import { useOpenCase } from '../workspace/case-context';
import { IncidentView } from './IncidentView';

/** Set by the editor when it navigates here after a save, so the user sees the save reached disk. */
export interface SavedNotice {
  readonly saved: string;
}

function savedMessage(state: unknown): string | undefined {
  return typeof state === 'object' && state !== null && typeof (state as SavedNotice).saved === 'string'
    ? (state as SavedNotice).saved
    : undefined;
}

export function IncidentScreen() {
  const { incidentId } = useParams();
  const { file, refreshing } = useOpenCase();
  const { state } = useLocation();
  const incident = findById(file.incidents, incidentId);
  if (!incident) {
    if (refreshing) return <Loading what="the incident" />;
    return (
      <p role="alert" className="px-8 py-6 text-sm">
        This case has no incident with the id “{incidentId}”. It may have been removed; choose another from the list.
      </p>
    );
  }
  return (
    <>
      <p role="status" className="px-8 pt-3 text-sm text-emerald-700 empty:hidden">
        {savedMessage(state)}
      </p>
      <IncidentView key={incident.id} file={file} incident={incident} />
    </>
  );
}
