import { existsSync, rmSync } from 'node:fs';
import { chmod, mkdtemp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { app, shell } from 'electron';
import { failure, messageOf, sanitizeAttachmentName, success, type OpenAttachmentRequest, type OpenOutcome, type Result } from '../../shared';
import type { AttachmentLocation } from '../../shared/channels/attachments';
import { viewingCopy } from '../core/storage/attachment-files';
import type { Core } from '../core/types';

/**
 * Types the system would run rather than show (programs, scripts, installers, shortcuts) or that open in a web
 * browser, where a hostile page could load from the network and reveal the investigator's address. Their copy is
 * shown in the file manager instead, so opening one is the user's own deliberate step.
 */
const notOpenedDirectly = new Set([
  // Windows programs, scripts and shortcuts
  'exe', 'com', 'scr', 'pif', 'bat', 'cmd', 'msi', 'msp', 'msix', 'appx', 'ps1', 'psm1', 'vbs', 'vbe', 'js', 'jse',
  'wsf', 'wsh', 'hta', 'cpl', 'lnk', 'url', 'reg', 'scf', 'inf', 'msc', 'chm', 'application', 'jar',
  // macOS and Linux programs, scripts and installers
  'app', 'command', 'tool', 'pkg', 'workflow', 'terminal', 'scpt', 'applescript', 'desktop', 'sh', 'bash', 'run',
  'appimage', 'deb', 'rpm', 'py', 'pl', 'rb',
  // web pages
  'html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml', 'webarchive', 'webloc',
]);

/** Whether a file of this name is shown in its folder rather than opened (see `notOpenedDirectly`). */
export function opensAsProgramOrPage(name: string): boolean {
  const { name: safeName } = sanitizeAttachmentName(name);
  const dot = safeName.lastIndexOf('.');
  return dot > 0 && notOpenedDirectly.has(safeName.slice(dot + 1).toLowerCase());
}

async function readOnlyCopy(location: AttachmentLocation, folder: string): Promise<Result<string>> {
  const { attachment, path } = location;
  const stored = await stat(path).catch(() => undefined);
  if (!stored?.isFile()) {
    return failure('not-found', `The file of “${attachment.name}” is missing from the case folder. Verify case lists every attachment that changed or went missing.`);
  }
  try {
    const copy = await viewingCopy(path, attachment.name, folder);
    await chmod(copy, 0o400);
    return success(copy);
  } catch (error) {
    return failure('storage-failed', `A copy of “${attachment.name}” to open could not be made in ${folder} (${messageOf(error)}). Check the free space there, then try again.`);
  }
}

/**
 * Opens an attachment: never the case's own copy, which a viewer could change, but a read-only copy under the
 * attachment's safe name (the stored file has no extension, and the extension says what opens it).
 */
export async function openAttachment(core: Core, request: OpenAttachmentRequest, viewingFolder: string): Promise<Result<OpenOutcome>> {
  const located = (await core.invoke('attachment.locate', request)) as Result<AttachmentLocation>;
  if (!located.ok) return located;
  const copy = await readOnlyCopy(located.value, viewingFolder);
  if (!copy.ok) return copy;
  const { name } = located.value.attachment;
  if (opensAsProgramOrPage(name)) {
    shell.showItemInFolder(copy.value);
    return success({ openedIn: 'folder' });
  }
  const problem = await shell.openPath(copy.value);
  if (problem !== '') {
    return failure('internal', `The system could not open “${name}”: ${problem}. Check that a program to open this type of file is installed.`);
  }
  return success({ openedIn: 'viewer' });
}

/**
 * One private folder a session for the copies opened, made when first needed and removed as the app quits (a
 * viewer still showing a copy keeps what it read; nothing of the case itself is in there).
 */
export function sessionViewingFolder(): () => Promise<Result<string>> {
  let folder: Promise<string> | undefined;
  let created: string | undefined;
  app.on('quit', () => {
    if (!created) return;
    try {
      rmSync(created, { recursive: true, force: true });
    } catch {
      // A copy a viewer holds open (Windows) stays behind in the temp folder, which the system clears in time.
    }
  });
  return async () => {
    const parent = app.getPath('temp');
    // A temp cleaner may have removed the folder since: then a new one is made.
    if (created && !existsSync(created)) folder = created = undefined;
    folder ??= mkdtemp(join(parent, 'dossier-viewing-')).then((path) => (created = path));
    try {
      return success(await folder);
    } catch (error) {
      folder = undefined;
      return failure('storage-failed', `No folder for copies to open could be made in ${parent} (${messageOf(error)}). Check that it can be written.`);
    }
  };
}
