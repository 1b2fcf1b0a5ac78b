import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the installed Electron binary is, or undefined when none is installed. It reads the electron package's
 * own path.txt instead of loading the electron package, which would try to download the binary.
 */
export function findElectronBinary(projectRoot: string): string | undefined {
  const packageFolder = join(projectRoot, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  try {
    const relative = readFileSync(join(packageFolder, 'path.txt'), 'utf8').trim();
    const binary = join(override ?? join(packageFolder, 'dist'), relative);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
