import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DossierBridge, MenuCommand } from '../../../shared';
import { exposed, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('the preload bridge', () => {
  let bridge: DossierBridge;
  beforeAll(async () => {
    await import('../../../electron/preload/index');
    bridge = exposed.get('dossier') as DossierBridge;
  });

  it('exposes exactly one object, dossier, with invoke and shell', () => {
    expect([...exposed.keys()]).toEqual(['dossier']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'shell']);
    expect(Object.keys(bridge.shell).sort()).toEqual(['exportPagePdf', 'onMenuCommand', 'printPage']);
  });

  it('forwards a contract channel to the main process', async () => {
    expect(await bridge.invoke('library.list', {})).toEqual({ ok: true, value: 'from main' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('library.list', {});
  });

  it('refuses a channel the contract does not name, without calling the main process', async () => {
    ipcRenderer.invoke.mockClear();
    const invokeAny = bridge.invoke as (channel: string, input: unknown) => Promise<unknown>;
    for (const channel of ['electron-store-get-data', 'shell:menu-command', 'toString']) {
      expect(await invokeAny(channel, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('sends print and export requests on the shell channels', async () => {
    await bridge.shell.printPage();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:print-page');
    await bridge.shell.exportPagePdf('Harbour fire');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:export-page-pdf', 'Harbour fire');
  });

  it('hands menu listeners only a valid command, never the IPC event', () => {
    const received: unknown[][] = [];
    const stop = bridge.shell.onMenuCommand((...args: unknown[]) => received.push(args));
    const event = { sender: { send: () => undefined } };
    ipcRenderer.emit('shell:menu-command', event, 'new-case' satisfies MenuCommand);
    ipcRenderer.emit('shell:menu-command', event, 'format-disk');
    expect(received).toEqual([['new-case']]);
    stop();
    ipcRenderer.emit('shell:menu-command', event, 'new-incident');
    expect(received).toHaveLength(1);
    expect(ipcRenderer.listenerCount('shell:menu-command')).toBe(0);
  });
});
