import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPreloadExposure } from '../../security/preload-checks';
import { checkIpcSenders, checkNoFileProtocol, loadShellSources } from '../../security/source-checks';
import { useTemporaryFolders } from '../../support/temporary-folder';

const projectRoot = join(import.meta.dirname, '../../..');

describe("the gate's own source checks", () => {
  const temporaryFolder = useTemporaryFolders();

  /** Loads one source file as if it were the whole shell. */
  async function sources(code: string) {
    const root = await temporaryFolder();
    await mkdir(join(root, 'shell'));
    await writeFile(join(root, 'shell', 'index.ts'), code);
    return loadShellSources(root, ['shell']);
  }

  it('passes the real shell', async () => {
    const shell = await loadShellSources(projectRoot, ['electron/main', 'electron/preload']);
    expect(checkIpcSenders(shell).problems).toEqual([]);
    expect(checkNoFileProtocol(shell).problems).toEqual([]);
    expect(checkPreloadExposure(await loadShellSources(projectRoot, ['electron/preload'])).problems).toEqual([]);
  });

  it('fails an IPC handler registered without the sender check', async () => {
    const shell = await sources(`
      ipcMain.handle('a', requireTrustedSender(lookup, handler));
      ipcMain.handle('b', handler);
      electron.ipcMain.on('c', (event) => event.reply('x'));
      contents.ipc.handle('d', handler);
    `);
    expect(checkIpcSenders(shell).problems).toHaveLength(3);
  });

  it('fails loadFile and file: URLs, but not a comment that mentions them', async () => {
    const shell = await sources(`
      // never load file:// pages, never call loadFile
      window.loadFile('index.html');
      window.loadURL('file:///app/index.html');
      window.loadURL(\`FILE://\${folder}/index.html\`);
      const url = pathToFileURL(path);
    `);
    expect(checkNoFileProtocol(shell).problems).toHaveLength(4);
  });

  it.each([
    ['exposes ipcRenderer itself', `contextBridge.exposeInMainWorld('dossier', { ipc: ipcRenderer });`],
    ['exposes a second object', `contextBridge.exposeInMainWorld('dossier', {}); contextBridge.exposeInMainWorld('node', {});`],
    ['exposes under another name', `contextBridge.exposeInMainWorld('api', {});`],
    [
      'passes the page’s listener to ipcRenderer.on',
      `contextBridge.exposeInMainWorld('dossier', { on: (listener) => ipcRenderer.on('menu', listener) });`,
    ],
    [
      'relays the event',
      `const relay = (event, command) => page(event, command);
       ipcRenderer.on('menu', relay); contextBridge.exposeInMainWorld('dossier', {});`,
    ],
    ['sends synchronously', `ipcRenderer.sendSync('x'); contextBridge.exposeInMainWorld('dossier', {});`],
  ])('fails a preload that %s', async (_name, code) => {
    expect(checkPreloadExposure(await sources(code)).problems.length).toBeGreaterThan(0);
  });

  it('passes a relay that drops the event', async () => {
    const preload = await sources(`
      function relay(_event, command) { page(command); }
      ipcRenderer.on('menu', relay);
      contextBridge.exposeInMainWorld('dossier', { invoke: (channel, input) => ipcRenderer.invoke(channel, input) });
    `);
    expect(checkPreloadExposure(preload).problems).toEqual([]);
  });
});
