import { Navigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { SavedNoticeLine } from '../../components/SavedNotice';
import { useOpenCase } from './case-context';
import { CaseOverview } from './CaseOverview';

/** `#/cases/:caseId?incident=<id>` is accepted and replaced by the incident's own address. */
export function CaseHome() {
  const { outline } = useOpenCase();
  const [search] = useSearchParams();
  const incidentId = search.get('incident');
  if (incidentId) return <Navigate replace to={paths.incident(outline.case.id, incidentId)} />;
  return (
    <>
      <SavedNoticeLine />
      <CaseOverview outline={outline} />
    </>
  );
}
