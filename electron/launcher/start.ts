import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserHost } from '../web/cli';
import { findElectronBinary } from './electron-binary';
import { messageOf } from '../../shared';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

/** `npm start`: the desktop app where Electron is installed, else the browser host, saying so in one line. */
async function start(): Promise<void> {
  const binary = findElectronBinary(projectRoot);
  if (!binary) {
    process.stderr.write('No Electron binary is installed here, so Dossier starts in the browser host instead.\n');
    await runBrowserHost(process.argv.slice(2));
    return;
  }
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = spawn(binary, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}

start().catch((error: unknown) => {
  process.stderr.write(`dossier: ${messageOf(error)}\n`);
  process.exit(1);
});
