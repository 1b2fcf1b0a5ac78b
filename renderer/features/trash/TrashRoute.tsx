import { useOpenCase } from '../workspace/case-context';
import { CaseSubScreen } from '../workspace/CaseSubScreen';
import { TrashScreen } from './TrashScreen';

/** `#/cases/:caseId/trash`: what was deleted from the open case, to restore or delete for good. */
export function TrashRoute() {
  const { outline, revision, readOnly, reload } = useOpenCase();
  return (
    <CaseSubScreen title="Trash">
      <TrashScreen caseId={outline.case.id} revision={revision} readOnly={readOnly} onChange={reload} />
    </CaseSubScreen>
  );
}
