import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultDataDirectory } from '../../../electron/core/paths';

describe('the default data folder', () => {
  it('is where Electron keeps the user data of an app named Dossier', () => {
    expect(defaultDataDirectory({ XDG_CONFIG_HOME: '/home/ana/.config' }, 'linux')).toBe('/home/ana/.config/Dossier/library');
    expect(defaultDataDirectory({}, 'linux')).toBe(`${homedir()}/.config/Dossier/library`);
    expect(defaultDataDirectory({}, 'darwin')).toBe(`${homedir()}/Library/Application Support/Dossier/library`);
  });
});
