import { describe, expect, it, vi } from 'vitest';
import { readPrintOptions } from '../../../shared/print';
import { perform, printRequestSearch } from '../../../renderer/features/print/print-actions';
import { desktopPrinting } from '../../../renderer/api/printing';
import { success, type ShellBridge } from '../../../shared';

describe('a print request from the menu while the builder is open', () => {
  it('keeps the print options and asks for the action', () => {
    const search = printRequestSearch('?marking=TLP%3ARED&tag=bombing&tag=arrest&action=pdf', 'print');
    const parameters = new URLSearchParams(search);
    expect(parameters.get('action')).toBe('print');
    const { options } = readPrintOptions(parameters);
    expect(options.marking).toBe('TLP:RED');
    expect(options.selection.tags).toEqual(['bombing', 'arrest']);
  });

  it('asks for the action alone when there are no options', () => {
    expect(printRequestSearch('', 'pdf')).toBe('?action=pdf');
  });
});

describe('printing and exporting through the desktop shell', () => {
  const desktop = () => {
    const shell = {
      printPage: vi.fn(async () => success({ printed: true })),
      exportPagePdf: vi.fn(async () => success({ saved: '/home/sam/Case - summary.pdf' })),
      onMenuCommand: () => () => undefined,
      attachFiles: vi.fn(),
      openAttachment: vi.fn(),
    } as unknown as ShellBridge;
    return { shell, printing: desktopPrinting(shell) };
  };

  it('sends the paper the summary is laid out for, so the dialog and the PDF match the preview', async () => {
    const { shell, printing } = desktop();
    expect(await perform('print', printing, 'Harbour', 'Letter')).toBe('');
    expect(shell.printPage).toHaveBeenCalledWith('Letter');
    expect(await perform('pdf', printing, 'Harbour: 2024/5', 'A4')).toBe('Saved to /home/sam/Case - summary.pdf');
    expect(shell.exportPagePdf).toHaveBeenCalledWith('Harbour- 2024-5 - summary.pdf', 'A4');
  });
});
