import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../electron/launcher/electron-binary';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;

beforeEach(() => {
  delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
});
afterEach(() => {
  if (override === undefined) delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
  else process.env.ELECTRON_OVERRIDE_DIST_PATH = override;
});

async function projectWithElectronPackage(withBinary: boolean): Promise<string> {
  const root = await temporaryFolder();
  const packageFolder = join(root, 'node_modules', 'electron');
  await mkdir(join(packageFolder, 'dist'), { recursive: true });
  await writeFile(join(packageFolder, 'path.txt'), 'electron');
  if (withBinary) await writeFile(join(packageFolder, 'dist', 'electron'), '');
  return root;
}

describe('finding the Electron binary without downloading it', () => {
  it('finds the binary the electron package names', async () => {
    const root = await projectWithElectronPackage(true);
    expect(findElectronBinary(root)).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('reports none when the package was installed without its binary, as here', async () => {
    expect(findElectronBinary(await projectWithElectronPackage(false))).toBeUndefined();
    expect(findElectronBinary(await temporaryFolder())).toBeUndefined();
  });
});
