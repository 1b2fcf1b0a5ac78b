import type { Printing } from '../../api';
import type { PrintAction } from '../../app/paths';
import type { PaperSize } from '../../../shared/print';

/** The native menu opens the print view with `?action=print` or `?action=pdf` to have it done once it renders. */
export function requestedAction(value: string | null, printing: Printing): PrintAction | undefined {
  if (value === 'print') return 'print';
  if (value === 'pdf' && printing.exportPdf) return 'pdf';
  return undefined;
}

/** A file name for the exported summary that any file system accepts. */
export function pdfFileName(caseName: string): string {
  const safe = caseName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').trim();
  return `${safe || 'Case'} - summary.pdf`;
}

/**
 * Prints or exports through the host on the paper the summary is laid out for; resolves to a line to show the user
 * ('' when there is nothing to say).
 */
export async function perform(action: PrintAction, printing: Printing, caseName: string, paper: PaperSize): Promise<string> {
  if (action === 'print') {
    const result = await printing.print(paper);
    if (!result.ok) return result.error.message;
    return result.value.printed ? '' : 'Printing was cancelled.';
  }
  if (!printing.exportPdf) return 'This window cannot save a PDF: use Print and choose "Save as PDF".';
  const result = await printing.exportPdf(pdfFileName(caseName), paper);
  if (!result.ok) return result.error.message;
  return 'saved' in result.value ? `Saved to ${result.value.saved}` : 'Export cancelled.';
}

/**
 * The print route asked to print or export, keeping the print options already in `search` (the print view's own
 * address), so the native menu's Print while the builder is open prints what the builder shows.
 */
export function printRequestSearch(search: string, action: PrintAction): string {
  const parameters = new URLSearchParams(search);
  parameters.set('action', action);
  return `?${parameters.toString()}`;
}
