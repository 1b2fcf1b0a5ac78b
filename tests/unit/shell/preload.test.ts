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
    expect(Object.keys(bridge.shell).sort()).toEqual(['attachFiles', 'exportPagePdf', 'onMenuCommand', 'openAttachment', 'printPage']);
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
    await bridge.shell.printPage('Letter');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:print-page', { paper: 'Letter' });
    await bridge.shell.exportPagePdf('Harbour fire', 'A4');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:export-page-pdf', { suggestedName: 'Harbour fire', paper: 'A4' });
  });

  it('asks the shell to attach and to open files by ids only', async () => {
    const target = { kind: 'source', id: 'source-article' } as const;
    await bridge.shell.attachFiles({ caseId: 'case-1', target });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:attach-files', { caseId: 'case-1', target });
    await bridge.shell.openAttachment({ caseId: 'case-1', attachmentId: 'attachment-1' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:open-attachment', { caseId: 'case-1', attachmentId: 'attachment-1' });
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
