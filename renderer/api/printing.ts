import { success, type ExportOutcome, type Result, type ShellBridge } from '../../shared';
import type { PaperSize } from '../../shared/print';

/** How the current host prints the page on screen (the print view of a case summary). */
export interface Printing {
  readonly host: 'desktop' | 'browser';
  /** What the print button says: the browser's dialog is also where a PDF is saved. */
  readonly printLabel: string;
  /** `paper`: what the summary is laid out for, so the desktop's print dialog opens on it (the browser's reads @page). */
  print(paper?: PaperSize): Promise<Result<{ printed: boolean }>>;
  /** Saving as PDF through a file dialog; only the desktop shell has one. */
  readonly exportPdf?: (suggestedName: string, paper?: PaperSize) => Promise<Result<ExportOutcome>>;
}

export function desktopPrinting(shell: ShellBridge): Printing {
  return {
    host: 'desktop',
    printLabel: 'Print…',
    print: (paper) => shell.printPage(paper),
    exportPdf: (suggestedName, paper) => shell.exportPagePdf(suggestedName, paper),
  };
}

export function browserPrinting(print: () => void): Printing {
  return {
    host: 'browser',
    printLabel: 'Print / Save as PDF',
    print: async () => {
      print();
      return success({ printed: true });
    },
  };
}
