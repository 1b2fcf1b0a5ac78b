import { useOpenCase } from '../workspace/case-context';
import { CaseSubScreen } from '../workspace/CaseSubScreen';
import { CastScreen } from './CastScreen';

/** `#/cases/:caseId/people`: the cast of characters of the open case. */
export function PeopleScreen() {
  const { outline, revision, readOnly, reload } = useOpenCase();
  return (
    <CaseSubScreen title="People and organisations">
      <CastScreen caseId={outline.case.id} revision={revision} readOnly={readOnly} onChanged={reload} />
    </CaseSubScreen>
  );
}
