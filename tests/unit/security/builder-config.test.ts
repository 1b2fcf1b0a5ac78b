import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuilderSchema, checkFuses, loadBuilderConfig } from '../../security/builder-config';
import { requiredModules } from '../../security/built-preload';
import { useTemporaryFolders } from '../../support/temporary-folder';

const projectRoot = join(import.meta.dirname, '../../..');

// electron-builder compiles its whole schema on first use: seconds, more on a busy machine.
describe('the electron-builder configuration', { timeout: 30_000 }, () => {
  const temporaryFolder = useTemporaryFolders();

  /** A project folder holding the real package.json and the real electron-builder.yml with one edit. */
  async function projectWith(edit: (yaml: string) => string): Promise<string> {
    const folder = await temporaryFolder();
    await writeFile(join(folder, 'package.json'), await readFile(join(projectRoot, 'package.json')));
    const yaml = await readFile(join(projectRoot, 'electron-builder.yml'), 'utf8');
    await writeFile(join(folder, 'electron-builder.yml'), edit(yaml));
    return folder;
  }

  it('is valid and sets every required fuse', async () => {
    const config = await loadBuilderConfig(projectRoot);
    expect((await checkBuilderSchema(config)).problems).toEqual([]);
    expect(checkFuses(config).problems).toEqual([]);
  });

  it('fails an option electron-builder does not know', async () => {
    const config = await loadBuilderConfig(await projectWith((yaml) => `${yaml}\nautoUpdateFromTheInternet: true\n`));
    expect((await checkBuilderSchema(config)).problems).toHaveLength(1);
  });

  it('fails a fuse left open', async () => {
    const config = await loadBuilderConfig(await projectWith((yaml) => yaml.replace('runAsNode: false', 'runAsNode: true')));
    expect(checkFuses(config).problems).toEqual(['electronFuses.runAsNode is true, must be false']);
  });
});

describe('modules a built preload requires', () => {
  it('finds every require of a module by name', () => {
    const bundle = 'let electron = require("electron");\nlet zod = require(\'zod\');\nconst local = require(name);';
    expect(requiredModules(bundle)).toEqual(['electron', 'zod']);
  });
});
