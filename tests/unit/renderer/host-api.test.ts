import { describe, expect, it } from 'vitest';
import { success, type DossierBridge, type Invoke, type MenuCommand } from '../../../shared';
import { browserApi, desktopApi } from '../../../renderer/api';

function fakeBridge(invoke: Invoke) {
  const printed: string[] = [];
  let listener: ((command: MenuCommand) => void) | undefined;
  const bridge: DossierBridge = {
    invoke,
    shell: {
      printPage: async () => {
        printed.push('print');
        return success({ printed: true });
      },
      exportPagePdf: async (name) => {
        printed.push(`pdf:${name}`);
        return success({ saved: `/tmp/${name}` });
      },
      onMenuCommand: (callback) => {
        listener = callback;
        return () => (listener = undefined);
      },
      attachFiles: async () => success({ cancelled: true }),
      openAttachment: async () => success({ openedIn: 'viewer' }),
    },
  };
  return { bridge, printed, send: (command: MenuCommand) => listener?.(command) };
}

describe('the desktop host', () => {
  it('prints and exports PDF through the shell, and relays menu commands', async () => {
    const { bridge, printed, send } = fakeBridge((async () => success({})) as Invoke);
    const api = desktopApi(bridge);
    expect(api.printing.host).toBe('desktop');
    await api.printing.print();
    await api.printing.exportPdf?.('summary.pdf');
    expect(printed).toEqual(['print', 'pdf:summary.pdf']);
    const commands: MenuCommand[] = [];
    const stop = api.onMenuCommand((command) => commands.push(command));
    send('new-case');
    stop();
    send('open-library');
    expect(commands).toEqual(['new-case']);
  });

  it('turns a rejected IPC call into an internal failure', async () => {
    const { bridge } = fakeBridge((() => Promise.reject(new Error('Object has been destroyed'))) as Invoke);
    const result = await desktopApi(bridge).call('library.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toContain('Object has been destroyed');
  });
});

describe('the browser host', () => {
  it('prints with the browser’s dialog, which is also where a PDF is saved', async () => {
    let printed = 0;
    const api = browserApi((async () => success({})) as Invoke, () => (printed += 1));
    expect(api.printing.printLabel).toBe('Print / Save as PDF');
    expect(api.printing.exportPdf).toBeUndefined();
    await api.printing.print();
    expect(printed).toBe(1);
  });
});
