import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import { z } from 'zod';
import {
  exportPagePdfRequestSchema,
  failure,
  messageOf,
  parseInput,
  printPageRequestSchema,
  shellChannels,
  success,
  type ExportOutcome,
  type Result,
} from '../../shared';
import { requireTrustedSender, type WindowLookup } from './ipc';

/** A plain file name (no folders, no hidden files, nothing Windows forbids), given a .pdf extension if it lacks one. */
export const pdfNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^(?!\.)[^/\\:*?"<>|\p{Cc}]+$/u, 'must be a plain file name without folders or special characters')
  .transform((name) => (name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`));

const exportRequestSchema = exportPagePdfRequestSchema.extend({ suggestedName: pdfNameSchema });

/**
 * Opens the system print dialog on the paper the page is laid out for (without it the dialog starts on the printer's
 * default and Chromium shrinks or crops the A4 or Letter pages to fit); a cancelled dialog is not an error.
 */
export async function printPage(contents: WebContents, request: unknown): Promise<Result<{ printed: boolean }>> {
  const parsed = parseInput(printPageRequestSchema, request);
  if (!parsed.ok) return parsed;
  const { paper } = parsed.value;
  return new Promise((settle) => {
    contents.print({ silent: false, printBackground: true, ...(paper && { pageSize: paper }) }, (printed, reason) => {
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

/**
 * Asks where to save, then writes the page as Chromium prints it (the print stylesheet, backgrounds included). The
 * page's @page size wins (preferCSSPageSize); the paper the page names is the size where a page sets none.
 */
export async function exportPagePdf(contents: WebContents, request: unknown): Promise<Result<ExportOutcome>> {
  const parsed = parseInput(exportRequestSchema, request);
  if (!parsed.ok) return parsed;
  const { suggestedName, paper } = parsed.value;
  const path = await askWhereToSave(contents, suggestedName);
  if (!path) return success({ cancelled: true });
  try {
    const pdf = await contents.printToPDF({ printBackground: true, preferCSSPageSize: true, ...(paper && { pageSize: paper }) });
    await writeFile(path, pdf);
    return success({ saved: path });
  } catch (error) {
    const detail = messageOf(error);
    return failure('storage-failed', `The PDF could not be saved to ${path} (${detail}). Choose another folder.`);
  }
}

export function setupPrintIpc(getMainWindow: WindowLookup): void {
  ipcMain.handle(shellChannels.printPage, requireTrustedSender(getMainWindow, (event, request) => printPage(event.sender, request)));
  ipcMain.handle(
    shellChannels.exportPagePdf,
    requireTrustedSender(getMainWindow, (event, request) => exportPagePdf(event.sender, request)),
  );
}
