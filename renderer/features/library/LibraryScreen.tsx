import { useLocation, useSearchParams } from 'react-router';
import { useChannel } from '../../api';
import type { LibraryNotice } from '../../app/menu-navigation';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { CaseList } from './CaseList';
import { NewCaseForm } from './NewCaseForm';
import { ProblemsPanel } from './ProblemsPanel';

function isNotice(state: unknown): state is LibraryNotice {
  return typeof state === 'object' && state !== null && typeof (state as LibraryNotice).notice === 'string';
}

function Cases() {
  const [library] = useChannel('library.list', {});
  if (library.status === 'loading') return <Loading what="cases" />;
  if (library.status === 'failed') return <FailureNotice failure={library.error} title="The case library could not be listed" />;
  return (
    <div className="space-y-4">
      <ProblemsPanel problems={library.value.problems} />
      <section aria-labelledby="cases-heading" className="panel">
        <h2 id="cases-heading" className="border-b border-stone-200 px-4 py-2.5 text-base font-semibold">
          Cases
        </h2>
        <CaseList cases={library.value.cases} />
      </section>
    </div>
  );
}

export function LibraryScreen() {
  const [search] = useSearchParams();
  const { state, key } = useLocation();
  return (
    <div className="mx-auto max-w-6xl px-8 py-6">
      <h1 className="text-2xl font-semibold tracking-tight">Case library</h1>
      <p className="mt-1 text-sm text-stone-600">Each case is one file in your data folder.</p>
      {isNotice(state) && (
        <p role="status" className="mt-4 rounded border border-stone-300 bg-white px-3 py-2 text-sm">
          {state.notice}
        </p>
      )}
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)_20rem] items-start gap-6">
        <Cases />
        <div className="panel p-4">
          <NewCaseForm focusRequest={search.get('create') === 'case' ? key : undefined} />
        </div>
      </div>
    </div>
  );
}
