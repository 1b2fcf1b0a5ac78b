import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably, writeSmallFileDurablySync } from '../../../electron/core/storage/durable-file';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

describe('durable file writes', () => {
  it('replaces the file whole, private to the user, leaving no temporary file', async () => {
    const folder = await temporaryFolder();
    const path = join(folder, 'case.json');
    await writeFile(path, 'old');
    await writeFileDurably(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['case.json']);
  });

  it('removes its temporary file when the write cannot finish', async () => {
    const folder = await temporaryFolder();
    const path = join(folder, 'taken');
    await writeFile(join(folder, 'keep.json'), 'old');
    // Renaming a file over a non-empty folder fails after the temp file was written.
    await import('node:fs/promises').then(({ mkdir }) => mkdir(join(path, 'inside'), { recursive: true }));
    await expect(writeFileDurably(path, 'new')).rejects.toThrow();
    expect((await readdir(folder)).sort()).toEqual(['keep.json', 'taken']);
  });

  it('has a blocking twin for small files with the same guarantees', async () => {
    const folder = await temporaryFolder();
    const path = join(folder, 'preferences.json');
    writeSmallFileDurablySync(path, '{}');
    expect(await readFile(path, 'utf8')).toBe('{}');
    expect(await readdir(folder)).toEqual(['preferences.json']);
  });
});
