import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import { z } from 'zod';
import { failure, messageOf, parseInput, shellChannels, success, type ExportOutcome, type Result } from '../../shared';
import { requireTrustedSender, type WindowLookup } from './ipc';

/** A plain file name (no folders, no hidden files, nothing Windows forbids), given a .pdf extension if it lacks one. */
export const pdfNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^(?!\.)[^/\\:*?"<>|\p{Cc}]+$/u, 'must be a plain file name without folders or special characters')
  .transform((name) => (name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`));

/** Opens the system print dialog; a cancelled dialog is not an error. */
export function printPage(contents: WebContents): Promise<Result<{ printed: boolean }>> {
  return new Promise((settle) => {
    contents.print({ silent: false, printBackground: true }, (printed, reason) => {
      if (printed || reason === 'Print job canceled') settle(success({ printed }));
      else settle(failure('internal', `The page could not be printed (${reason}). Check the printer, then try again.`));
    });
  });
}

async function askWhereToSave(contents: WebContents, name: string): Promise<string | undefined> {
  const options = {
    title: 'Export Case Summary as PDF',
    defaultPath: join(app.getPath('documents'), name),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
  const window = BrowserWindow.fromWebContents(contents);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? undefined : choice.filePath;
}

/** Asks where to save, then writes the page as Chromium prints it (the print stylesheet, backgrounds included). */
export async function exportPagePdf(contents: WebContents, suggestedName: unknown): Promise<Result<ExportOutcome>> {
  const name = parseInput(pdfNameSchema, suggestedName);
  if (!name.ok) return name;
  const path = await askWhereToSave(contents, name.value);
  if (!path) return success({ cancelled: true });
  try {
    await writeFile(path, await contents.printToPDF({ printBackground: true, preferCSSPageSize: true }));
    return success({ saved: path });
  } catch (error) {
    const detail = messageOf(error);
    return failure('storage-failed', `The PDF could not be saved to ${path} (${detail}). Choose another folder.`);
  }
}

export function setupPrintIpc(getMainWindow: WindowLookup): void {
  ipcMain.handle(shellChannels.printPage, requireTrustedSender(getMainWindow, (event) => printPage(event.sender)));
  ipcMain.handle(
    shellChannels.exportPagePdf,
    requireTrustedSender(getMainWindow, (event, name) => exportPagePdf(event.sender, name)),
  );
}
