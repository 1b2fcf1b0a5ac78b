import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { CaseFile } from '../../../shared';
import { useApi, useChannel, type Printing } from '../../api';
import type { PrintAction } from '../../app/paths';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { usePageHeader } from './page-header';
import { perform, requestedAction } from './print-actions';
import { PrintedCase } from './PrintedCase';
import { PrintToolbar } from './PrintToolbar';
import './print.css';

/**
 * Runs the print or export the native menu asked for in the URL once the summary has rendered, then drops the
 * request from the URL, so a reload does not print again and the next request from the menu is seen as new.
 */
function useRequestedAction(file: CaseFile | undefined, printing: Printing, act: (action: PrintAction) => void): void {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = requestedAction(searchParams.get('action'), printing);
  // Guards against StrictMode's second effect run, which still sees the request.
  const handled = useRef(false);
  useEffect(() => {
    if (!requested) {
      handled.current = false;
      return;
    }
    if (!file || handled.current) return;
    handled.current = true;
    setSearchParams(
      (previous) => {
        previous.delete('action');
        return previous;
      },
      { replace: true },
    );
    act(requested);
  }, [file, requested, act, setSearchParams]);
}

/** The route `#/cases/:caseId/print`: the case summary laid out for paper, with a toolbar on screen only. */
export function PrintSummary() {
  const { caseId = '' } = useParams();
  const { printing } = useApi();
  const [loaded] = useChannel('case.get', { caseId });
  const [printedAt] = useState(() => new Date());
  const [message, setMessage] = useState('');
  const file = loaded.status === 'ready' ? loaded.value : undefined;
  const caseName = file?.case.name;
  usePageHeader(caseName);
  const act = useCallback(
    (action: PrintAction) => void perform(action, printing, caseName ?? '').then(setMessage),
    [printing, caseName],
  );
  useRequestedAction(file, printing, act);
  return (
    <div
      data-print-ready={file ? 'true' : 'false'}
      className="print-summary mx-auto max-w-3xl bg-white px-8 py-6 font-serif text-stone-900 print:max-w-none print:p-0"
    >
      <PrintToolbar caseId={caseId} printing={printing} ready={file !== undefined} message={message} onAction={act} />
      {loaded.status === 'loading' && <Loading what="the case summary" />}
      {loaded.status === 'failed' && <FailureNotice failure={loaded.error} title="The case summary could not be prepared" />}
      {file && <PrintedCase file={file} printedAt={printedAt} />}
    </div>
  );
}
