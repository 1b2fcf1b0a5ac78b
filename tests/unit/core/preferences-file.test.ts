import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preferencesFile } from '../../../electron/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

describe('the browser host preferences file', () => {
  it('reads defaults when there is no file, and keeps what is written', async () => {
    const path = join(await temporaryFolder(), 'preferences.json');
    const preferences = preferencesFile(path);
    expect(preferences.read()).toEqual({ authorName: '', recentCaseIds: [] });
    preferences.write({ authorName: 'Ana' });
    expect(preferencesFile(path).read()).toEqual({ authorName: 'Ana', recentCaseIds: [] });
  });

  it('reads a damaged file as the defaults and leaves it alone until a preference changes', async () => {
    const path = join(await temporaryFolder(), 'preferences.json');
    await writeFile(path, '{"authorName": 42');
    expect(preferencesFile(path).read()).toEqual({ authorName: '', recentCaseIds: [] });
    expect(await readFile(path, 'utf8')).toBe('{"authorName": 42');
  });
});
