import { useParams } from 'react-router';
import { SavedNoticeLine } from '../../components/SavedNotice';
import { useCaseDetail, useOpenCase } from '../workspace/case-context';
import { LoadedDetail } from '../workspace/LoadedDetail';
import { IncidentView } from './IncidentView';

export function IncidentScreen() {
  const { incidentId = '' } = useParams();
  const { outline, readOnly } = useOpenCase();
  const caseId = outline.case.id;
  const loaded = useCaseDetail('incident.get', { caseId, incidentId });
  const missing = `This case has no incident with the id “${incidentId}”. It may have been removed; choose another from the list.`;
  return (
    <LoadedDetail loaded={loaded} what="the incident" missing={missing}>
      {(detail) => (
        <>
          <SavedNoticeLine />
          <IncidentView key={incidentId} caseId={caseId} detail={detail} readOnly={readOnly} />
        </>
      )}
    </LoadedDetail>
  );
}
