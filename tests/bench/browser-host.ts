import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

/** Debian's Chromium as the benchmarks drive it: no sandbox (containers), and nothing that reaches the network. */
export const browserArguments = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts the browser host on a data folder; resolves with its process and the URL it prints (token included). */
export async function startBrowserHost(dataDirectory: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/cli.ts', '--data-dir', dataDirectory, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.once('exit', (code) => reject(new Error(`The browser host exited (${code}) before printing its URL.`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /https?:\/\/\S+/.exec(line);
      if (match) resolveUrl(match[0]);
    });
  });
  return { child, url };
}
