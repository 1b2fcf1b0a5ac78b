import { Link, Outlet } from 'react-router';
import { paths } from '../../app/paths';
import { EditLink } from '../../components/EditLink';
import { UndoRedoButtons } from '../case-status/UndoRedoButtons';
import { useOpenCase } from './case-context';
import { CaseHeader } from './CaseHeader';
import { IncidentList } from './IncidentList';

/** The case header, its incidents on the left, and the chosen incident (or the case overview) on the right. */
export function CaseWorkspace() {
  const { outline, readOnly } = useOpenCase();
  const caseId = outline.case.id;
  return (
    <div className="flex h-full flex-col">
      <CaseHeader crumbs={[{ label: 'Case library', to: paths.library() }, { label: 'Case' }]} title={outline.case.name}>
        <div className="flex min-w-0 shrink items-start gap-2">
          <UndoRedoButtons />
          <span aria-hidden="true" className="mx-1 h-8 border-l border-stone-200" />
          <Link className="button" to={paths.search(caseId)}>
            Search
          </Link>
          <Link className="button" to={paths.people(caseId)}>
            People
          </Link>
          <Link className="button" to={paths.history(caseId)}>
            History
          </Link>
          <Link className="button" to={paths.trash(caseId)}>
            Trash
          </Link>
          <EditLink to={paths.newIncident(caseId)} disabled={readOnly}>
            New incident
          </EditLink>
          <Link className="button" to={paths.print(caseId)}>
            Print summary
          </Link>
        </div>
      </CaseHeader>
      <div className="flex min-h-0 flex-1">
        <div className="flex w-72 shrink-0 flex-col border-r border-stone-200 bg-stone-50 pt-3">
          <IncidentList caseId={caseId} incidents={outline.incidents} />
        </div>
        <div className="min-w-0 flex-1 overflow-y-auto">
          <Outlet />
        </div>
      </div>
    </div>
  );
}
