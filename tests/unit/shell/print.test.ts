import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow, WebContents } from 'electron';
import { shellChannels, type Result } from '../../../shared';
import { exportPagePdf, printPage, setupPrintIpc } from '../../../electron/main/print';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { BrowserWindow, dialog, FakeWebContents, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const asContents = (contents: FakeWebContents) => contents as unknown as WebContents;

describe('exporting the page as PDF', () => {
  const temporaryFolder = useTemporaryFolders();
  beforeEach(() => dialog.showSaveDialog.mockReset());

  async function savingTo(fileName: string) {
    const chosen = join(await temporaryFolder(), fileName);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    return chosen;
  }

  it('writes the bytes printToPDF returns to the chosen file', async () => {
    const chosen = await savingTo('summary.pdf');
    const contents = new FakeWebContents();
    contents.printToPDF.mockResolvedValue(Buffer.from('%PDF-1.7 the summary'));
    const result = await exportPagePdf(asContents(contents), { suggestedName: 'Harbour fire', paper: 'A4' });
    expect(result).toEqual({ ok: true, value: { saved: chosen } });
    expect(await readFile(chosen, 'utf8')).toBe('%PDF-1.7 the summary');
  });

  it.each(['A4', 'Letter'] as const)('prints on %s: the page’s @page size first, the chosen paper where it sets none', async (paper) => {
    await savingTo('summary.pdf');
    const contents = new FakeWebContents();
    await exportPagePdf(asContents(contents), { suggestedName: 'summary', paper });
    expect(contents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true, pageSize: paper });
  });

  it('leaves the size to the page when the page names no paper', async () => {
    await savingTo('summary.pdf');
    const contents = new FakeWebContents();
    await exportPagePdf(asContents(contents), { suggestedName: 'summary' });
    expect(contents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
  });

  it('suggests the name, with .pdf, in the Documents folder', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await exportPagePdf(asContents(new FakeWebContents()), { suggestedName: 'Harbour fire', paper: 'A4' });
    const options = dialog.showSaveDialog.mock.calls[0]?.at(-1) as { defaultPath: string; filters: unknown };
    expect(options.defaultPath).toBe(join('/nonexistent/documents', 'Harbour fire.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const folder = await temporaryFolder();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: join(folder, 'x.pdf') });
    const contents = new FakeWebContents();
    const result = await exportPagePdf(asContents(contents), { suggestedName: 'summary', paper: 'A4' });
    expect(result).toEqual({ ok: true, value: { cancelled: true } });
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(await readdir(folder)).toEqual([]);
  });

  it.each(['../escape', 'folder/name', '.hidden', '', 'a\u0000b', 42])(
    'refuses %j as a file name without asking where to save',
    async (suggestedName) => {
      const result = await exportPagePdf(asContents(new FakeWebContents()), { suggestedName, paper: 'A4' });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('suggestedName') } });
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['a paper it does not know', { suggestedName: 'summary', paper: 'A3' }, 'paper'],
    ['a bare name (an older page)', 'summary', 'input'],
    ['a field it does not know', { suggestedName: 'summary', paper: 'A4', path: '/tmp/x.pdf' }, 'path'],
  ])('refuses %s, naming it, without asking where to save', async (_case, request, named) => {
    const result = await exportPagePdf(asContents(new FakeWebContents()), request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(named) } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a folder it cannot write to as a failure value', async () => {
    const folder = await temporaryFolder();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'missing', 'x.pdf') });
    const result = await exportPagePdf(asContents(new FakeWebContents()), { suggestedName: 'summary', paper: 'A4' });
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

  it.each(['A4', 'Letter'] as const)('opens the system dialog on %s paper, with backgrounds', async (paper) => {
    const contents = printingThatEnds(true, '');
    expect(await printPage(asContents(contents), { paper })).toEqual({ ok: true, value: { printed: true } });
    expect(contents.print.mock.calls[0]?.[0]).toEqual({ silent: false, printBackground: true, pageSize: paper });
  });

  it('leaves the dialog on the printer’s paper when the page names none', async () => {
    const contents = printingThatEnds(true, '');
    await printPage(asContents(contents), {});
    expect(contents.print.mock.calls[0]?.[0]).toEqual({ silent: false, printBackground: true });
  });

  it('refuses a paper it does not know without opening the dialog', async () => {
    const contents = printingThatEnds(true, '');
    const result = await printPage(asContents(contents), { paper: 'Tabloid' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('paper') } });
    expect(contents.print).not.toHaveBeenCalled();
  });

  it('treats a cancelled dialog as nothing printed, not as an error', async () => {
    expect(await printPage(asContents(printingThatEnds(false, 'Print job canceled')), { paper: 'A4' })).toEqual({
      ok: true,
      value: { printed: false },
    });
  });

  it('reports a failed print job', async () => {
    const result = await printPage(asContents(printingThatEnds(false, 'Print job failed')), { paper: 'A4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('the print channels', () => {
  const mainWindow = new BrowserWindow({});
  const fromOurWindow = { sender: mainWindow.webContents, senderFrame: mainWindow.webContents.mainFrame };
  beforeAll(() => setupPrintIpc(() => mainWindow as unknown as ElectronWindow));

  function call(channel: string, event: unknown, request: unknown): Promise<Result<unknown>> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return handler(event, request) as Promise<Result<unknown>>;
  }

  it('hand the window’s request, paper included, to the print dialog', async () => {
    mainWindow.webContents.print.mockImplementation((_options, callback: (success: boolean, reason: string) => void) => callback(true, ''));
    expect(await call(shellChannels.printPage, fromOurWindow, { paper: 'Letter' })).toEqual({ ok: true, value: { printed: true } });
    expect(mainWindow.webContents.print.mock.calls.at(-1)?.[0]).toMatchObject({ pageSize: 'Letter' });
  });

  it('refuse a request from any other page or frame', async () => {
    const stranger = new FakeWebContents();
    const fromElsewhere = { sender: stranger, senderFrame: stranger.mainFrame };
    const fromChildFrame = { sender: mainWindow.webContents, senderFrame: { url: 'app://dossier/index.html', parent: {} } };
    for (const event of [fromElsewhere, fromChildFrame]) {
      const printed = await call(shellChannels.printPage, event, { paper: 'A4' });
      const exported = await call(shellChannels.exportPagePdf, event, { suggestedName: 'x', paper: 'A4' });
      expect(printed).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(exported).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(stranger.print).not.toHaveBeenCalled();
    expect(stranger.printToPDF).not.toHaveBeenCalled();
  });
});
