import { Link } from 'react-router';
import type { Printing } from '../../api';
import { paths, type PrintAction } from '../../app/paths';

interface PrintToolbarProps {
  readonly caseId: string;
  readonly printing: Printing;
  /** False until the summary has rendered: there is nothing to print before. */
  readonly ready: boolean;
  readonly message: string;
  readonly onAction: (action: PrintAction) => void;
}

/** On screen only: the way back, and printing through the host (the browser's dialog, or the desktop shell's). */
export function PrintToolbar({ caseId, printing, ready, message, onAction }: PrintToolbarProps) {
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
      <p role="status" className="text-sm text-stone-700">
        {message}
      </p>
    </nav>
  );
}
