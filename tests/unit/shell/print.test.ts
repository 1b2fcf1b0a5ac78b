import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { exportPagePdf, printPage } from '../../../electron/main/print';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { dialog, FakeWebContents } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const asContents = (contents: FakeWebContents) => contents as unknown as WebContents;

describe('exporting the page as PDF', () => {
  const temporaryFolder = useTemporaryFolders();
  beforeEach(() => dialog.showSaveDialog.mockReset());

  it('writes the bytes printToPDF returns to the chosen file', async () => {
    const folder = await temporaryFolder();
    const chosen = join(folder, 'summary.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const contents = new FakeWebContents();
    contents.printToPDF.mockResolvedValue(Buffer.from('%PDF-1.7 the summary'));
    expect(await exportPagePdf(asContents(contents), 'Harbour fire')).toEqual({ ok: true, value: { saved: chosen } });
    expect(await readFile(chosen, 'utf8')).toBe('%PDF-1.7 the summary');
    expect(contents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
  });

  it('suggests the name, with .pdf, in the Documents folder', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await exportPagePdf(asContents(new FakeWebContents()), 'Harbour fire');
    const options = dialog.showSaveDialog.mock.calls[0]?.at(-1) as { defaultPath: string; filters: unknown };
    expect(options.defaultPath).toBe(join('/nonexistent/documents', 'Harbour fire.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const folder = await temporaryFolder();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: join(folder, 'x.pdf') });
    const contents = new FakeWebContents();
    expect(await exportPagePdf(asContents(contents), 'summary')).toEqual({ ok: true, value: { cancelled: true } });
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(await readdir(folder)).toEqual([]);
  });

  it.each(['../escape', 'folder/name', '.hidden', '', 'a\u0000b', 42])(
    'refuses %j as a file name without asking where to save',
    async (name) => {
      const result = await exportPagePdf(asContents(new FakeWebContents()), name);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    },
  );

  it('reports a folder it cannot write to as a failure value', async () => {
    const folder = await temporaryFolder();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'missing', 'x.pdf') });
    const result = await exportPagePdf(asContents(new FakeWebContents()), 'summary');
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
  });
});

describe('printing the page', () => {
  function printingThatEnds(printed: boolean, reason: string) {
    const contents = new FakeWebContents();
    contents.print.mockImplementation((_options, callback: (success: boolean, reason: string) => void) =>
      callback(printed, reason),
    );
    return contents;
  }

  it('opens the system dialog with backgrounds', async () => {
    const contents = printingThatEnds(true, '');
    expect(await printPage(asContents(contents))).toEqual({ ok: true, value: { printed: true } });
    expect(contents.print.mock.calls[0]?.[0]).toEqual({ silent: false, printBackground: true });
  });

  it('treats a cancelled dialog as nothing printed, not as an error', async () => {
    expect(await printPage(asContents(printingThatEnds(false, 'Print job canceled')))).toEqual({
      ok: true,
      value: { printed: false },
    });
  });

  it('reports a failed print job', async () => {
    const result = await printPage(asContents(printingThatEnds(false, 'Print job failed')));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
