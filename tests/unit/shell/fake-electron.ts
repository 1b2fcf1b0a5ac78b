import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * The smallest stand-in for the `electron` module the shell needs: it records what the shell registers (IPC
 * handlers, exposed globals, windows, menus) so tests can call or inspect it. Used only through
 * `vi.mock('electron', () => import('./fake-electron'))`; everything behind the shell's edge is real.
 */

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly mainFrame = { url: 'app://dossier/index.html', parent: null };
  readonly send = vi.fn();
  readonly print = vi.fn();
  readonly printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static getFocusedWindow = () => BrowserWindow.focused;
  static fromWebContents = (contents: unknown) =>
    BrowserWindow.created.find((window) => window.webContents === contents) ?? null;

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }

  getNormalBounds() {
    return this.bounds;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`A handler for ${channel} is already registered`);
    this.handlers.set(channel, handler);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({
    ok: true,
    value: 'from main',
  }));
}

export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const exposed = new Map<string, unknown>();
export const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) };

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map([
    ['userData', '/nonexistent/user-data'],
    ['documents', '/nonexistent/documents'],
  ]);
  getPath(name: string): string {
    return this.paths.get(name) ?? `/nonexistent/${name}`;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(async () => undefined);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
}
export const app = new FakeApp();

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BeforeRequestHandler = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** Keeps the handlers the shell installs on a session, so tests can call them. */
export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  beforeRequestHandler: BeforeRequestHandler | undefined;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (handler: BeforeRequestHandler) => {
      this.beforeRequestHandler = handler;
    },
  };
}
export const session = { defaultSession: new FakeSession() };

export const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const Menu = { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() };
export const shell = { openPath: vi.fn(async (_path: string) => ''), showItemInFolder: vi.fn((_path: string) => undefined) };

export default { app, ipcMain, ipcRenderer, contextBridge, BrowserWindow, dialog, screen, protocol, Menu, session, shell };
