import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, preferencesFile } from '../core';
import { parseHostArguments, usage } from './arguments';
import { buildIfNeeded } from './renderer-build';
import { startBrowserHost } from './server';
import { messageOf } from '../../shared';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

/** `npm run web`: builds if needed, opens the library, serves it on 127.0.0.1 and prints the one URL to open. */
export async function runBrowserHost(argv: readonly string[]): Promise<void> {
  const options = parseHostArguments(argv);
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const rendererFolder = join(projectRoot, 'out', 'renderer');
  buildIfNeeded(projectRoot, rendererFolder);
  const core = await openCore({
    dataDirectory: options.dataDirectory,
    preferences: preferencesFile(join(options.dataDirectory, 'preferences.json')),
    // The host runs from source through tsx, and so does the worker it starts.
    worker: { url: new URL('../core/worker/core-worker.ts', import.meta.url), typescriptLoader: import.meta.resolve('tsx/esm/api') },
  });
  const token = randomBytes(24).toString('base64url');
  const uploadFolder = join(options.dataDirectory, 'uploads');
  const host = await startBrowserHost({ core, rendererFolder, token, port: options.port, uploadFolder });
  process.stdout.write(`Dossier is running at ${host.url}\n`);
  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runBrowserHost(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`dossier: ${messageOf(error)}\n${usage}\n`);
    process.exit(1);
  });
}
