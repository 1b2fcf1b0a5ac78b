import { useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { SavedNoticeLine } from '../../components/SavedNotice';
import { findById } from '../../lib/case-queries';
import { useOpenCase } from '../workspace/case-context';
import { IncidentView } from './IncidentView';

export function IncidentScreen() {
  const { incidentId } = useParams();
  const { file, refreshing, readOnly } = useOpenCase();
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
      <SavedNoticeLine />
      <IncidentView key={incident.id} file={file} incident={incident} readOnly={readOnly} />
    </>
  );
}
