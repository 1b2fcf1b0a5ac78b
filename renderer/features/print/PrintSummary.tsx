import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { CaseFile } from '../../../shared';
import { incidentTags, summaryModel, type PrintOptions, type ReadOptions } from '../../../shared/print';
import { useApi, useChannel, type Printing } from '../../api';
import type { PrintAction } from '../../app/paths';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { redactCase } from '../../../shared/print/redaction';
import { LeakReport } from '../redaction/LeakReport';
import { RedactionProfiles } from '../redaction/RedactionProfiles';
import { leaksIn } from './leak-check';
import { usePageStyle } from './page-header';
import { perform, requestedAction } from './print-actions';
import { PrintBuilder } from './PrintBuilder';
import { PrintedCase } from './PrintedCase';
import { PrintToolbar } from './PrintToolbar';
import { CitationsProvider, citedNotes, citedSources } from './citations-context';
import { usePrintOptions } from './use-print-options';
import { useProgressive } from './use-progressive';
import './print.css';

/**
 * Runs the print or export the native menu asked for in the URL once the summary is ready, then drops the request
 * from the URL (keeping the print options), so a reload does not print again and the next request is seen as new.
 */
function useRequestedAction(ready: boolean, printing: Printing, act: (action: PrintAction) => void): void {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = requestedAction(searchParams.get('action'), printing);
  // Guards against StrictMode's second effect run, which still sees the request.
  const handled = useRef(false);
  useEffect(() => {
    if (!requested) {
      handled.current = false;
      return;
    }
    if (!ready || handled.current) return;
    handled.current = true;
    setSearchParams(
      (previous) => {
        previous.delete('action');
        return previous;
      },
      { replace: true },
    );
    act(requested);
  }, [ready, requested, act, setSearchParams]);
}

interface LeakCheck {
  readonly leaks: readonly string[];
  readonly warnings: readonly string[];
}

const noLeaks: LeakCheck = { leaks: [], warnings: [] };

const sameList = (first: readonly string[], second: readonly string[]) =>
  first.length === second.length && first.every((item, index) => item === second[index]);

const sameCheck = (first: LeakCheck, second: LeakCheck) => sameList(first.leaks, second.leaks) && sameList(first.warnings, second.warnings);

/**
 * What paper shows instead of the summary when the browser's own print (Ctrl+P) is used before the summary is ready
 * or while the leak check blocks it: print.css hides everything else then, so no partial or leaking text gets out.
 */
function BlockedNotice({ leaked }: { leaked: boolean }) {
  return (
    <p className="print-blocked-notice hidden">
      {leaked
        ? 'Not printed: the leak check found text this redaction profile withholds. Dossier’s print view names it.'
        : 'Not printed: the summary was still being prepared. Print again once Dossier says it is ready.'}
    </p>
  );
}

interface PreparedProps {
  readonly caseId: string;
  readonly file: CaseFile;
  readonly read: ReadOptions;
  readonly onChange: (options: PrintOptions) => void;
  readonly readOnly: boolean;
  /** Reads the case again, after a redaction profile was added, changed or deleted. */
  readonly onProfilesChanged: () => void;
}

/** The builder and the live preview of one loaded case. */
function PreparedSummary({ caseId, file, read, onChange, readOnly, onProfilesChanged }: PreparedProps) {
  const { options, problems } = read;
  const { printing } = useApi();
  const [printedAt] = useState(() => new Date());
  const [message, setMessage] = useState('');
  const [check, setCheck] = useState<LeakCheck>(noLeaks);
  const printed = useRef<HTMLDivElement>(null);
  const redaction = useMemo(() => redactCase(file, options.profileId), [file, options.profileId]);
  const printable = redaction.ok ? redaction.value.file : undefined;
  const forbidden = useMemo(() => (redaction.ok ? redaction.value.forbidden : []), [redaction]);
  // Keyed by value: the same choices read back from the address must not lay a large case out again.
  const choice = JSON.stringify({ selection: options.selection, sections: options.sections });
  const chosen = useMemo(() => JSON.parse(choice) as Pick<PrintOptions, 'selection' | 'sections'>, [choice]);
  const model = useMemo(() => printable && summaryModel(printable, chosen), [printable, chosen]);
  const { sections } = options;
  const progress = useProgressive(sections.includes('incidents') ? (model?.sections.length ?? 0) : 0, model);
  const rendered = model !== undefined && progress.complete;
  const withNotes = sections.includes('incidents');
  // Sources by model alone: a new list would format the citations again at every slice.
  const sources = useMemo(() => model && citedSources(model), [model]);
  const notes = useMemo(() => model && citedNotes(model, withNotes, progress.shown), [model, withNotes, progress.shown]);
  usePageStyle({ caseName: printable?.case.name, marking: options.marking, paper: options.paper });
  useEffect(() => {
    if (!rendered) return;
    const found = leaksIn(printed.current, forbidden);
    setCheck((previous) => (sameCheck(previous, found) ? previous : found));
  }, [rendered, model, options, forbidden]);
  const ready = rendered && check.leaks.length === 0;
  const caseName = printable?.case.name ?? '';
  const act = useCallback(
    (action: PrintAction) => {
      // Checked again at the last moment: what is on the page now is what would be printed.
      const found = leaksIn(printed.current, forbidden);
      if (found.leaks.length > 0) {
        setCheck(found);
        return;
      }
      void perform(action, printing, caseName, options.paper).then(setMessage);
    },
    [printing, caseName, forbidden, options.paper],
  );
  useRequestedAction(ready, printing, act);
  const tags = useMemo(() => incidentTags(file.incidents), [file]);
  return (
    <div
      data-print-ready={rendered ? 'true' : 'false'}
      data-leaks={check.leaks.length}
      data-print-blocked={ready ? 'false' : 'true'}
      className="flex gap-8 px-6 py-6 print:block print:p-0"
    >
      <aside className="sticky top-0 max-h-screen w-72 shrink-0 overflow-y-auto print:hidden">
        <PrintBuilder options={options} tags={tags} profiles={file.redactionProfiles} problems={problems} onChange={onChange} />
        <details className="mt-4 font-sans text-sm">
          <summary className="cursor-pointer font-semibold text-stone-700">Manage redaction profiles</summary>
          <div className="mt-2">
            <RedactionProfiles caseId={caseId} readOnly={readOnly} onChanged={onProfilesChanged} />
          </div>
        </details>
      </aside>
      <div className="print-summary min-w-0 max-w-3xl flex-1 bg-white px-10 py-6 font-serif text-stone-900 shadow print:max-w-none print:p-0 print:shadow-none">
        <PrintToolbar caseId={caseId} printing={printing} ready={ready} progress={progress} message={message} onAction={act} />
        {options.profileId !== undefined && rendered && (
          <div className="mb-4 font-sans print:hidden">
            <LeakReport leaks={check.leaks} warnings={check.warnings} />
          </div>
        )}
        {!redaction.ok && <FailureNotice failure={redaction.error} title="The redaction profile could not be applied" />}
        <BlockedNotice leaked={check.leaks.length > 0} />
        <div ref={printed}>
          {model && printable && sources && (
            <CitationsProvider sources={sources} notes={notes}>
              <PrintedCase
                file={printable}
                model={model}
                options={options}
                printedAt={printedAt}
                profileName={redaction.ok ? redaction.value.profileName : undefined}
                incidentsShown={progress.shown}
              />
            </CitationsProvider>
          )}
        </div>
      </div>
    </div>
  );
}

/** The route `#/cases/:caseId/print`: the print builder and the case summary laid out for paper beside it. */
export function PrintSummary() {
  const { caseId = '' } = useParams();
  const { printing } = useApi();
  const [loaded, reload] = useChannel('case.get', { caseId });
  const [status] = useChannel('case.status', { caseId });
  const readOnly = status.status === 'ready' && status.value.access.mode === 'read-only';
  const { change, ...read } = usePrintOptions();
  if (loaded.status === 'ready') {
    return <PreparedSummary caseId={caseId} file={loaded.value} read={read} onChange={change} readOnly={readOnly} onProfilesChanged={reload} />;
  }
  return (
    <div data-print-ready="false" className="print-summary mx-auto max-w-3xl bg-white px-8 py-6 font-serif text-stone-900">
      <PrintToolbar caseId={caseId} printing={printing} ready={false} progress={undefined} message="" onAction={() => undefined} />
      {loaded.status === 'loading' && <Loading what="the case summary" />}
      {loaded.status === 'failed' && <FailureNotice failure={loaded.error} title="The case summary could not be prepared" />}
    </div>
  );
}
