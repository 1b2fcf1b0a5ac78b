import { useMemo } from 'react';
import { paths } from '../../app/paths';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { UndoRedoButtons } from '../case-status/UndoRedoButtons';
import { useOpenCase } from '../workspace/case-context';
import { CaseHeader } from '../workspace/CaseHeader';
import { BackupsPanel } from './BackupsPanel';
import { namesOf } from './change-description';
import { HistoryList } from './HistoryList';
import { LoadMore } from './LoadMore';
import { useHistoryPages } from './use-history-pages';
import { VerifyPanel } from './VerifyPanel';

const pageSize = 100;

function Entries() {
  const { outline, status } = useOpenCase();
  const { pages, loadMore } = useHistoryPages(outline.case.id, undefined, status?.sequence ?? 0, pageSize);
  const names = useMemo(() => namesOf(outline), [outline]);
  if (pages.phase === 'loading') return <Loading what="the history" />;
  if (pages.phase === 'failed') {
    return (
      <div className="px-8 py-6">
        <FailureNotice failure={pages.error} title="The history could not be read" />
      </div>
    );
  }
  if (pages.total === 0) return <p className="px-8 py-6 text-sm text-stone-600">No changes recorded yet. Every edit from now on is listed here.</p>;
  return (
    <>
      <p className="px-8 pt-4 text-sm text-stone-600">
        {pages.total.toLocaleString()} {pages.total === 1 ? 'change' : 'changes'}, newest first.
      </p>
      <HistoryList entries={pages.entries} total={pages.total} names={names} label="Recorded changes" footer={<LoadMore pages={pages} onLoadMore={loadMore} />} />
    </>
  );
}

/** Every change ever made to the case, with the tools that keep it safe: verifying the record, and backups. */
export function HistoryScreen() {
  const { outline } = useOpenCase();
  const caseId = outline.case.id;
  return (
    <div className="flex h-full flex-col">
      <CaseHeader crumbs={[{ label: 'Case library', to: paths.library() }, { label: outline.case.name, to: paths.case(caseId) }, { label: 'History' }]} title="History">
        <UndoRedoButtons />
      </CaseHeader>
      <div className="flex min-h-0 flex-1">
        <div className="flex min-w-0 flex-1 flex-col">
          <Entries />
        </div>
        <aside aria-label="Verify and backups" className="w-96 shrink-0 space-y-8 overflow-y-auto border-l border-stone-200 bg-stone-50 px-5 py-6">
          <VerifyPanel caseId={caseId} />
          <BackupsPanel caseId={caseId} caseName={outline.case.name} />
        </aside>
      </div>
    </div>
  );
}
