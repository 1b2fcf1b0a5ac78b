import { basename } from 'node:path';
import { BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import {
  attachFilesRequestSchema,
  openAttachmentRequestSchema,
  parseInput,
  shellChannels,
  success,
  type AttachFilesRequest,
  type AttachOutcome,
  type FileNotAttached,
  type OpenOutcome,
  type Result,
} from '../../shared';
import type { AttachedFile } from '../../shared/operations/attachments';
import type { Core } from '../core/types';
import { openAttachment, sessionViewingFolder } from './attachment-viewer';
import { requireTrustedSender, type WindowLookup } from './ipc';

async function askForFiles(contents: WebContents): Promise<readonly string[]> {
  const options = { title: 'Attach Files', buttonLabel: 'Attach', properties: ['openFile' as const, 'multiSelections' as const] };
  const window = BrowserWindow.fromWebContents(contents);
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return choice.canceled ? [] : choice.filePaths;
}

/**
 * The shell, not the page, names the files: the user picks them in the system's dialog and the core copies each into
 * the case, one after another (the disk is the limit). A file that fails is reported by its name, and the others stay
 * attached.
 */
export async function attachFiles(core: Core, contents: WebContents, input: unknown): Promise<Result<AttachOutcome>> {
  const request = parseInput(attachFilesRequestSchema, input);
  if (!request.ok) return request;
  const paths = await askForFiles(contents);
  if (paths.length === 0) return success({ cancelled: true });
  const attached: AttachedFile[] = [];
  const failed: FileNotAttached[] = [];
  for (const path of paths) {
    const importing: AttachFilesRequest & { path: string } = { ...request.value, path };
    const result = (await core.invoke('attachment.import', importing)) as Result<AttachedFile>;
    if (result.ok) attached.push(result.value);
    else failed.push({ name: basename(path), error: result.error });
  }
  return success({ attached, failed });
}

/** Validates the page's request, then opens the attachment's read-only copy in the session's viewing folder. */
export async function openAttachmentFor(core: Core, input: unknown, viewingFolder: () => Promise<Result<string>>): Promise<Result<OpenOutcome>> {
  const request = parseInput(openAttachmentRequestSchema, input);
  if (!request.ok) return request;
  const folder = await viewingFolder();
  return folder.ok ? openAttachment(core, request.value, folder.value) : folder;
}

export function setupAttachmentIpc(core: Core, getMainWindow: WindowLookup): void {
  const viewingFolder = sessionViewingFolder();
  ipcMain.handle(
    shellChannels.attachFiles,
    requireTrustedSender(getMainWindow, (event, input) => attachFiles(core, event.sender, input)),
  );
  ipcMain.handle(
    shellChannels.openAttachment,
    requireTrustedSender(getMainWindow, (_event, input) => openAttachmentFor(core, input, viewingFolder)),
  );
}
