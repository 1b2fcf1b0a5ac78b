import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { shellChannels, type Attachment, type AttachOutcome, type OpenOutcome, type Result } from '../../../shared';
import type { AttachmentLocation } from '../../../shared/channels/attachments';
import { sampleCase } from '../../../seeds';
import { opensAsProgramOrPage } from '../../../electron/main/attachment-viewer';
import { setupAttachmentIpc } from '../../../electron/main/attachments';
import type { Core } from '../../../electron/core';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { app, BrowserWindow, dialog, FakeWebContents, ipcMain, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const mainWindow = new BrowserWindow({});
const fromOurWindow = { sender: mainWindow.webContents, senderFrame: mainWindow.webContents.mainFrame };
const caseId = sampleCase.case.id;
const article = { kind: 'source', id: 'source-article' } as const;

function send<T>(channel: string, input: unknown, event: unknown = fromOurWindow): Promise<Result<T>> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  return handler(event, input) as Promise<Result<T>>;
}

const temporaryFolder = useTemporaryFolders();
let core: Core;
let dataDirectory = '';
let viewingParent = '';

beforeAll(async () => {
  // The handlers are registered once, so the core and the viewing folder serve the whole file.
  dataDirectory = await mkdtemp(join(tmpdir(), 'dossier-shell-attachments-'));
  viewingParent = await mkdtemp(join(tmpdir(), 'dossier-shell-viewing-'));
  app.paths.set('temp', viewingParent);
  core = await openTestCore(dataDirectory);
  setupAttachmentIpc(core, () => mainWindow as unknown as ElectronWindow);
});
afterAll(async () => {
  await core.close();
  await rm(dataDirectory, { recursive: true, force: true });
  await rm(viewingParent, { recursive: true, force: true });
});
beforeEach(() => {
  dialog.showOpenDialog.mockReset();
  shell.openPath.mockReset();
  shell.openPath.mockResolvedValue('');
  shell.showItemInFolder.mockReset();
});

async function fileToChoose(name: string, content: string): Promise<string> {
  const path = join(await temporaryFolder(), name);
  await writeFile(path, content);
  return path;
}

/** Attaches a file as the user would: the dialog answers with it. */
async function attached(name: string, content: string): Promise<Attachment> {
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [await fileToChoose(name, content)] });
  const result = await send<AttachOutcome>(shellChannels.attachFiles, { caseId, target: article });
  if (!result.ok || !('attached' in result.value) || !result.value.attached[0]) throw new Error(`not attached: ${JSON.stringify(result)}`);
  return result.value.attached[0].attachment;
}

describe('attaching files chosen in the system dialog', () => {
  it('asks for several files in a dialog of our window, and attaches nothing when it is cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const before = await call(core, 'attachment.list', { caseId, target: article });
    expect(await send(shellChannels.attachFiles, { caseId, target: article })).toEqual({ ok: true, value: { cancelled: true } });
    const [window, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(window).toBe(mainWindow);
    expect(options).toMatchObject({ properties: expect.arrayContaining(['openFile', 'multiSelections']) });
    expect(await call(core, 'attachment.list', { caseId, target: article })).toEqual(before);
  });

  it('attaches the files that can be read and names, with the reason, each that could not', async () => {
    const notes = await fileToChoose('Interview notes.txt', 'Notes of the interview.');
    const vanished = join(dirname(notes), 'Vanished.pdf');
    const folder = join(dirname(notes), 'Scans');
    await mkdir(folder);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [vanished, notes, folder] });
    const result = await send<AttachOutcome>(shellChannels.attachFiles, { caseId, target: article });
    if (!result.ok || !('attached' in result.value)) throw new Error(JSON.stringify(result));
    const { attached, failed } = result.value;
    expect(attached.map(({ attachment }) => attachment.name)).toEqual(['Interview notes.txt']);
    expect(attached[0]!.attachment).toMatchObject({ target: article, bytes: 23, mediaType: 'text/plain' });
    expect(failed.map(({ name, error }) => [name, error.code])).toEqual([
      ['Vanished.pdf', 'not-found'],
      ['Scans', 'invalid-input'],
    ]);
    expect(failed[0]!.error.message).toContain(vanished);
    expect(failed[1]!.error.message).toContain('is a folder');
    const listed = await call(core, 'attachment.list', { caseId, target: article });
    expect(listed.map((attachment) => attachment.id)).toContain(attached[0]!.attachment.id);
  });

  it.each([
    ['a case id that is a path', { caseId: '../../etc', target: article }],
    ['an unknown target kind', { caseId, target: { kind: 'folder', id: 'x' } }],
    ['a path named by the page', { caseId, target: article, path: '/etc/passwd' }],
    ['nothing', undefined],
  ])('refuses %s before showing a dialog', async (_what, input) => {
    const result = await send(shellChannels.attachFiles, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('opening an attachment with the system viewer', () => {
  it('opens a read-only copy under the attachment’s name, never the case’s own file', async () => {
    const attachment = await attached('Harbour photo.png', 'not really a png');
    expect(await send<OpenOutcome>(shellChannels.openAttachment, { caseId, attachmentId: attachment.id })).toEqual({ ok: true, value: { openedIn: 'viewer' } });
    const opened = shell.openPath.mock.calls[0]![0];
    const located = await call(core, 'attachment.locate', { caseId, attachmentId: attachment.id });
    expect(opened).not.toBe((located as AttachmentLocation).path);
    expect(opened.startsWith(viewingParent)).toBe(true);
    expect(basename(opened)).toBe('Harbour photo.png');
    expect(await readFile(opened, 'utf8')).toBe('not really a png');
    expect((await stat(opened)).mode & 0o222).toBe(0);
  });

  it('turns the system’s error into a failure that names the file', async () => {
    const attachment = await attached('Recording.opus', 'audio');
    shell.openPath.mockResolvedValue('No application is registered as handling this file');
    const result = await send(shellChannels.openAttachment, { caseId, attachmentId: attachment.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toContain('“Recording.opus”: No application is registered as handling this file');
  });

  it('shows a program or a web page in its folder instead of running it', async () => {
    const attachment = await attached('invoice.pdf.exe', 'MZ');
    expect(await send<OpenOutcome>(shellChannels.openAttachment, { caseId, attachmentId: attachment.id })).toEqual({ ok: true, value: { openedIn: 'folder' } });
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(basename(shell.showItemInFolder.mock.calls[0]![0])).toBe('invoice.pdf.exe');
  });

  it('says so when the case folder lost the file, and when the attachment is unknown', async () => {
    const attachment = await attached('Ledger.csv', 'a,b');
    const located = (await call(core, 'attachment.locate', { caseId, attachmentId: attachment.id })) as AttachmentLocation;
    await rm(located.path);
    const lost = await send(shellChannels.openAttachment, { caseId, attachmentId: attachment.id });
    expect(lost).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('“Ledger.csv” is missing') } });
    expect(await send(shellChannels.openAttachment, { caseId, attachmentId: 'no-such-attachment' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it.each([
    ['a path instead of an id', { caseId, attachmentId: '/etc/passwd' }],
    ['a path beside the ids', { caseId, attachmentId: 'a1', path: '/etc/passwd' }],
    ['a missing attachment id', { caseId }],
  ])('refuses %s', async (_what, input) => {
    expect(await send(shellChannels.openAttachment, input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('removes the copies it opened when the app quits', async () => {
    const attachment = await attached('Statement.txt', 'words');
    await send(shellChannels.openAttachment, { caseId, attachmentId: attachment.id });
    const opened = shell.openPath.mock.calls[0]![0];
    expect(existsSync(opened)).toBe(true);
    app.emit('quit');
    expect(existsSync(opened)).toBe(false);
  });
});

describe('who may ask', () => {
  it.each([
    ['another web contents', { sender: new FakeWebContents(), senderFrame: { url: 'app://dossier/index.html', parent: null } }],
    ['a frame of another origin', { sender: mainWindow.webContents, senderFrame: { url: 'https://evil.example/', parent: null } }],
  ])('refuses %s without a dialog or a viewer', async (_who, event) => {
    expect(await send(shellChannels.attachFiles, { caseId, target: article }, event)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await send(shellChannels.openAttachment, { caseId, attachmentId: 'a1' }, event)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

describe('which files are shown in their folder rather than opened', () => {
  it.each([
    ['setup.exe', true],
    ['Run Me.BAT', true],
    ['page.html', true],
    ['launcher.desktop', true],
    ['report.pdf', false],
    ['photo.jpeg', false],
    ['exe', false],
    ['notes.txt\u202Eexe.', false],
  ])('%s: %s', (name, shown) => expect(opensAsProgramOrPage(name)).toBe(shown));
});
