import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { channels, type Library, type Result } from '../../../shared';
import { setupCoreIpc } from '../../../electron/main/ipc';
import { openTestCore } from '../../support/core';
import { BrowserWindow, FakeWebContents, ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const mainWindow = new BrowserWindow({});

/** An IPC event as Electron builds it: who sent it, from which frame. */
function eventFrom(sender: FakeWebContents, frame: { url: string; parent: unknown }) {
  return { sender, senderFrame: frame };
}

const fromOurWindow = eventFrom(mainWindow.webContents, mainWindow.webContents.mainFrame);

function call(channel: string, event: unknown, input: unknown): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  return handler(event, input) as Promise<Result<unknown>>;
}

describe('IPC between the window and the core', () => {
  // ipcMain handlers are registered once, so one real core in one data folder serves the whole file.
  let dataDirectory = '';
  let closeCore = async () => {};
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'dossier-ipc-'));
    const core = await openTestCore(dataDirectory);
    closeCore = () => core.close();
    setupCoreIpc(core, () => mainWindow as unknown as ElectronWindow);
  });
  afterAll(async () => {
    await closeCore();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('registers a handler for every contract channel', () => {
    expect(channels.every((channel) => ipcMain.handlers.has(channel))).toBe(true);
  });

  it('answers our window with the Result of the core', async () => {
    const result = (await call('library.list', fromOurWindow, {})) as Result<Library>;
    expect(result.ok && result.value.cases.length).toBeGreaterThan(0);
  });

  it('refuses the page the channels that name files on this computer, even from our own window', async () => {
    const result = await call('attachment.import', fromOurWindow, { caseId: 'x', target: { kind: 'source', id: 'y' }, path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringContaining('attachment.import') } });
    expect(await call('attachment.locate', fromOurWindow, { caseId: 'x', attachmentId: 'y' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('passes the core’s validation failures through as values', async () => {
    const result = await call('case.get', fromOurWindow, { caseId: '../../etc' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each([
    ['a frame showing another origin', eventFrom(mainWindow.webContents, { url: 'https://evil.example/', parent: null })],
    ['a file:// page', eventFrom(mainWindow.webContents, { url: 'file:///tmp/x.html', parent: null })],
    ['a sub-frame of our window', eventFrom(mainWindow.webContents, { url: 'app://dossier/index.html', parent: {} })],
    ['another web contents', eventFrom(new FakeWebContents(), { url: 'app://dossier/index.html', parent: null })],
    ['a destroyed frame', { sender: mainWindow.webContents, senderFrame: null }],
  ])('refuses %s', async (_name, event) => {
    const result = await call('library.list', event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
