import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared';
import { menuTemplate } from '../../../electron/main/menu';

vi.mock('electron', () => import('./fake-electron'));

function template(isMac: boolean, isDevelopment = false) {
  const sent: MenuCommand[] = [];
  const menus = menuTemplate({ isMac, isDevelopment, send: (command) => sent.push(command) });
  return { menus, sent };
}

function submenu(menus: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = menus.find((item) => item.label === label);
  if (!Array.isArray(menu?.submenu)) throw new Error(`No ${label} menu`);
  return menu.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('the native menu', () => {
  it('sends Undo and Redo to the page, which knows whether a text field or the case should undo', () => {
    const { menus, sent } = template(false);
    const edit = submenu(menus, 'Edit');
    click(edit.find((entry) => entry.label === 'Undo'));
    click(edit.find((entry) => entry.label === 'Redo'));
    expect(sent).toEqual(['undo', 'redo']);
    expect(edit.find((entry) => entry.label === 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(edit.map((entry) => entry.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it.each([
    ['New Case', 'CmdOrCtrl+N', 'new-case'],
    ['New Incident', 'CmdOrCtrl+Shift+N', 'new-incident'],
    ['Print Case Summary…', 'CmdOrCtrl+P', 'print-summary'],
    ['Export Case Summary as PDF…', 'CmdOrCtrl+Shift+E', 'export-summary-pdf'],
  ])('File › %s (%s) sends %s to the window', (label, accelerator, command) => {
    const { menus, sent } = template(false);
    const item = submenu(menus, 'File').find((entry) => entry.label === label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it('offers reload and developer tools only while developing', () => {
    const roles = (isDevelopment: boolean) => submenu(template(false, isDevelopment).menus, 'View').map((item) => item.role);
    expect(roles(true)).toContain('reload');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('follows macOS conventions: the app menu first, Quit and About in it', () => {
    const mac = template(true).menus;
    expect(mac[0]?.role).toBe('appMenu');
    expect(submenu(mac, 'File').map((item) => item.role)).not.toContain('quit');
    expect(mac.some((item) => item.role === 'help')).toBe(false);
  });

  it('puts Quit in File and About in Help elsewhere', () => {
    const others = template(false).menus;
    expect(submenu(others, 'File').map((item) => item.role)).toContain('quit');
    const help = others.find((item) => item.role === 'help');
    expect(help?.submenu).toEqual([{ role: 'about' }]);
    expect(others.map((item) => item.role ?? item.label)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });
});
