import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openPreferences } from '../../../electron/main/preferences';
import { useTemporaryFolders } from '../../support/temporary-folder';
import { ipcMain } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('desktop preferences in electron-store', () => {
  const temporaryFolder = useTemporaryFolders();

  async function folderWithFile(contents: string): Promise<string> {
    const folder = await temporaryFolder();
    await writeFile(join(folder, 'preferences.json'), contents);
    return folder;
  }

  it('keeps what is written, in a file only the user can read', async () => {
    const folder = await temporaryFolder();
    const preferences = openPreferences(folder);
    expect(preferences.write({ authorName: '  Ada  ' })).toEqual({ authorName: 'Ada', recentCaseIds: [] });
    expect(openPreferences(folder).read()).toEqual({ authorName: 'Ada', recentCaseIds: [] });
    expect(JSON.parse(await readFile(join(folder, 'preferences.json'), 'utf8'))).toMatchObject({ authorName: 'Ada' });
    expect((await stat(join(folder, 'preferences.json'))).mode & 0o077).toBe(0);
  });

  it('reads a file that is not JSON as the defaults', async () => {
    const preferences = openPreferences(await folderWithFile('{ not json'));
    expect(preferences.read()).toEqual({ authorName: '', recentCaseIds: [] });
    expect(preferences.readWindowBounds()).toBeUndefined();
  });

  it('reads values of the wrong shape as the defaults', async () => {
    const garbage = { authorName: 42, recentCaseIds: ['../../etc'], windowBounds: { x: 'left', width: -5 } };
    const preferences = openPreferences(await folderWithFile(JSON.stringify(garbage)));
    expect(preferences.read()).toEqual({ authorName: '', recentCaseIds: [] });
    expect(preferences.readWindowBounds()).toBeUndefined();
  });

  it('skips window bounds it could not restore', async () => {
    const preferences = openPreferences(await temporaryFolder());
    preferences.writeWindowBounds({ x: 0, y: 0, width: 1, height: 1 });
    expect(preferences.readWindowBounds()).toBeUndefined();
  });

  it('leaves no electron-store IPC listener behind, since it skips the sender check', async () => {
    openPreferences(await temporaryFolder());
    expect(ipcMain.listenerCount('electron-store-get-data')).toBe(0);
  });
});
