import { Link } from 'react-router';
import type { Printing } from '../../api';
import { paths, type PrintAction } from '../../app/paths';
import type { Progress } from './use-progressive';
import { number } from './printed-text';

interface PrintToolbarProps {
  readonly caseId: string;
  readonly printing: Printing;
  /** False until the whole summary has rendered and passed the leak check: there is nothing safe to print before. */
  readonly ready: boolean;
  readonly progress: Progress | undefined;
  readonly message: string;
  readonly onAction: (action: PrintAction) => void;
}

function Preparing({ progress }: { readonly progress: Progress }) {
  if (progress.complete) return null;
  const counts = `${number(progress.shown)} of ${number(progress.total)} incidents`;
  return (
    <div className="flex items-center gap-2 text-sm">
      <progress max={progress.total} value={progress.shown} aria-label="Preparing the summary" />
      {progress.cancelled ? (
        <>
          <span>Stopped at {counts}: printing needs the whole summary.</span>
          <button type="button" className="button" onClick={progress.resume}>
            Continue
          </button>
        </>
      ) : (
        <>
          <span>Preparing {counts}…</span>
          <button type="button" className="button" onClick={progress.cancel}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}

/** On screen only: the way back, progress for a large case, and printing through the host. */
export function PrintToolbar({ caseId, printing, ready, progress, message, onAction }: PrintToolbarProps) {
  return (
    <nav aria-label="Print" className="mb-6 flex flex-wrap items-center gap-3 border-b border-stone-300 pb-3 font-sans print:hidden">
      <Link to={paths.case(caseId)} className="link">
        Back to case
      </Link>
      <button type="button" disabled={!ready} onClick={() => onAction('print')} className="button button-primary">
        {printing.printLabel}
      </button>
      {printing.exportPdf && (
        <button type="button" disabled={!ready} onClick={() => onAction('pdf')} className="button">
          Export PDF…
        </button>
      )}
      {progress && <Preparing progress={progress} />}
      <p role="status" className="text-sm text-stone-700">
        {message}
      </p>
    </nav>
  );
}
