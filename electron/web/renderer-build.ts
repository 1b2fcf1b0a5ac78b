import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(indexFile: string): number {
  try {
    return statSync(indexFile).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds the app when the built renderer is missing or older than its sources, so `npm run web` always serves the current UI. */
export function buildIfNeeded(projectRoot: string, rendererFolder: string): void {
  const sources = ['renderer', 'shared'].map((name) => newestChange(join(projectRoot, name)));
  if (builtAt(join(rendererFolder, 'index.html')) >= Math.max(...sources)) return;
  process.stderr.write('Building the app (electron-vite build)…\n');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('The build failed; see the messages above.');
}
