import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { shellChannels, type MenuCommand } from '../../shared';

export interface MenuOptions {
  readonly isMac: boolean;
  /** Reload and developer tools are offered only while developing. */
  readonly isDevelopment: boolean;
  readonly send: (command: MenuCommand) => void;
}

function fileMenu({ isMac, send }: MenuOptions): MenuItemConstructorOptions {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });
  return {
    label: 'File',
    submenu: [
      command('Library', 'open-library', 'CmdOrCtrl+Shift+L'),
      command('New Case', 'new-case', 'CmdOrCtrl+N'),
      command('New Incident', 'new-incident', 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      command('Print Case Summary…', 'print-summary', 'CmdOrCtrl+P'),
      command('Export Case Summary as PDF…', 'export-summary-pdf', 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

/**
 * Undo and Redo go to the page, which decides: inside a text field they undo typing, elsewhere the case's last edit.
 * The built-in Edit roles would swallow the shortcut for text undo alone, leaving the case's undo unreachable.
 */
function editMenu({ isMac, send }: MenuOptions): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
      { label: 'Redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu({ isDevelopment }: MenuOptions): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: 'View',
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

/** macOS keeps About and Quit in the app menu; elsewhere About sits in Help. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about' }] };
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    fileMenu(options),
    editMenu(options),
    viewMenu(options),
    { role: 'windowMenu' },
    ...(options.isMac ? [] : [help]),
  ];
}

function sendToFocusedWindow(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(shellChannels.menuCommand, command);
}

export function setupMenu(): void {
  const options = { isMac: process.platform === 'darwin', isDevelopment: !app.isPackaged, send: sendToFocusedWindow };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
