import { Link, Outlet } from 'react-router';
import { paths } from '../../app/paths';
import { useOpenCase } from './case-context';
import { IncidentList } from './IncidentList';

/** The case header, its incidents on the left, and the chosen incident (or the case overview) on the right. */
export function CaseWorkspace() {
  const { file } = useOpenCase();
  const caseId = file.case.id;
  return (
    <div className="flex h-full flex-col">
      <header className="flex items-end justify-between gap-4 border-b border-stone-200 bg-white px-6 py-4">
        <div className="min-w-0">
          <nav aria-label="Breadcrumb" className="text-xs text-stone-500">
            <Link className="hover:underline" to={paths.library()}>
              Case library
            </Link>{' '}
            / Case
          </nav>
          <h1 className="mt-0.5 truncate text-xl font-semibold tracking-tight">{file.case.name}</h1>
        </div>
        <div className="flex shrink-0 gap-2">
          <Link className="button" to={paths.newIncident(caseId)}>
            New incident
          </Link>
          <Link className="button" to={paths.print(caseId)}>
            Print summary
          </Link>
        </div>
      </header>
      <div className="flex min-h-0 flex-1">
        <div className="w-72 shrink-0 overflow-y-auto border-r border-stone-200 bg-stone-50 pt-3">
          <IncidentList file={file} />
        </div>
        <div className="min-w-0 flex-1 overflow-y-auto">
          <Outlet />
        </div>
      </div>
    </div>
  );
}
