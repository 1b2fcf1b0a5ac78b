import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect } from '@playwright/test';
import { httpProtocol } from '../../shared/http';

/** A running browser host serving one fresh data folder. */
export interface Host {
  /** The URL the host printed, with the launch token. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDirectory: string;
  /** The host's process, as a case lock names it. */
  readonly pid: number;
  /** The app's URL at a route, e.g. `route('/cases/x/print')`. */
  route(path: string): string;
  /** Stops the host the way a user's Ctrl+C does: it writes its last snapshots and gives its locks back. */
  stop(): Promise<void>;
}

interface HostFixtures {
  /** A fresh, empty temporary data folder, removed after the test. */
  dataDirectory: string;
  /**
   * Starts a host on `dataDirectory`; for tests that put files there first, or that run two hosts on one folder
   * (as two Dossier windows on one library would).
   */
  startHost: () => Promise<Host>;
  /** The host, already started on an empty data folder (which it seeds with the sample case). */
  host: Host;
}

const projectRoot = resolve(import.meta.dirname, '../..');
const startTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;

function hostFromUrl(url: string, dataDirectory: string, child: ChildProcess): Host {
  const parsed = new URL(url);
  const token = parsed.searchParams.get(httpProtocol.tokenQuery);
  if (!token) throw new Error(`The browser host printed a URL without a ${httpProtocol.tokenQuery}: ${url}`);
  return {
    url,
    origin: parsed.origin,
    token,
    dataDirectory,
    pid: child.pid!,
    route: (path) => `${parsed.origin}${parsed.pathname}${parsed.search}#${path}`,
    stop: () => stop(child),
  };
}

/** Resolves with the first URL the host prints on stdout; rejects with its stderr if it exits or stalls. */
function waitForUrl(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`The browser host ${why}.\n--- host stderr ---\n${stderr() || '(empty)'}`));
    };
    const timer = setTimeout(() => fail(`printed no URL within ${startTimeoutMs / 1000} s`), startTimeoutMs);
    child.once('exit', (code, signal) => fail(`exited before printing its URL (code ${code}, signal ${signal})`));
    child.once('error', (error) => fail(`could not start: ${error.message}`));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /https?:\/\/\S+/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolveUrl(match[0]);
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<HostFixtures>({
  // Playwright reads a fixture's dependencies from its destructured first parameter; this one has none.
  // eslint-disable-next-line no-empty-pattern
  dataDirectory: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },

  startHost: async ({ dataDirectory }, use, testInfo) => {
    const children: ChildProcess[] = [];
    let stderr = '';
    await use(async () => {
      // `node --import tsx` keeps the host a single process, so stopping it leaves nothing behind.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'electron/web/cli.ts', '--data-dir', dataDirectory, '--port', '0'],
        { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children.push(child);
      const number = children.length;
      child.stderr!.on('data', (chunk: Buffer) => (stderr += number > 1 ? `[host ${number}] ${chunk.toString()}` : chunk.toString()));
      return hostFromUrl(await waitForUrl(child, () => stderr), dataDirectory, child);
    });
    await Promise.all(children.map((child) => stop(child)));
    if (stderr && testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('browser-host-stderr.txt', { body: stderr, contentType: 'text/plain' });
    }
  },

  host: async ({ startHost }, use) => {
    await use(await startHost());
  },
});

export { expect };
