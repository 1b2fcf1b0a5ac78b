import { useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { useChannel } from '../../api';
import { paths } from '../../app/paths';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { CaseContext, type OpenCase } from './case-context';

/** Reads the case named in the address once for all its screens, and re-reads it after each change. */
export function CaseLayout() {
  const { caseId = '' } = useParams();
  const [loaded, reload] = useChannel('case.get', { caseId });
  const openCase = useMemo<OpenCase | undefined>(
    () => (loaded.status === 'ready' ? { file: loaded.value, refreshing: loaded.refreshing, reload } : undefined),
    [loaded, reload],
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
  if (!openCase) return <Loading what="the case" />;
  return (
    <CaseContext.Provider value={openCase}>
      <Outlet />
    </CaseContext.Provider>
  );
}
