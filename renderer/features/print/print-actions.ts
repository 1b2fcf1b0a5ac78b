import type { Printing } from '../../api';
import type { PrintAction } from '../../app/paths';

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

/** Prints or exports through the host; resolves to a line to show the user ('' when there is nothing to say). */
export async function perform(action: PrintAction, printing: Printing, caseName: string): Promise<string> {
  if (action === 'print') {
    const result = await printing.print();
    if (!result.ok) return result.error.message;
    return result.value.printed ? '' : 'Printing was cancelled.';
  }
  if (!printing.exportPdf) return 'This window cannot save a PDF: use Print and choose "Save as PDF".';
  const result = await printing.exportPdf(pdfFileName(caseName));
  if (!result.ok) return result.error.message;
  return 'saved' in result.value ? `Saved to ${result.value.saved}` : 'Export cancelled.';
}
