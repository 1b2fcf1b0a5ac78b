import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit, SearchLocation } from '../../../shared';
import { paths } from '../../app/paths';
import { useOpenCase } from '../workspace/case-context';
import { CaseSubScreen } from '../workspace/CaseSubScreen';
import { SearchPanel } from './SearchPanel';

/** The address a search hit opens. */
export function pathOfLocation(caseId: string, location: SearchLocation): string {
  switch (location.kind) {
    case 'case':
      return paths.case(caseId);
    case 'incident':
      return paths.incident(caseId, location.incidentId);
    case 'source':
      return paths.source(caseId, location.sourceId);
    case 'quote':
      return paths.source(caseId, location.sourceId, location.quoteId);
    case 'entity':
      return paths.people(caseId);
    case 'annotation':
      return pathOfLocation(caseId, location.on);
  }
}

/** `#/cases/:caseId/search`: find anything in the open case as you type. */
export function SearchScreen() {
  const { outline } = useOpenCase();
  const navigate = useNavigate();
  const caseId = outline.case.id;
  const open = useCallback((hit: SearchHit) => navigate(pathOfLocation(caseId, hit.location)), [caseId, navigate]);
  return (
    <CaseSubScreen title="Search">
      <div className="px-8 py-6">
        <SearchPanel caseId={caseId} onOpen={open} entities={outline.entities.map(({ id, name }) => ({ id, name }))} />
      </div>
    </CaseSubScreen>
  );
}
