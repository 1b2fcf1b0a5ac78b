import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A TypeScript script of the tests, run in its own Node process (through tsx) from the project's folder. */
export function runScript(script: URL, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', fileURLToPath(script), ...args], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Calls `onLine` with each complete line the child prints; a line cut off by the child's death is never seen. */
export function onLines(child: ChildProcess, onLine: (line: string) => void): void {
  createInterface({ input: child.stdout! }).on('line', onLine);
}

/** Resolves with the first line the child prints that passes `test`; rejects if it exits first, with what it said. */
export function waitForLine(child: ChildProcess, test: (line: string) => boolean): Promise<string> {
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    onLines(child, (line) => {
      if (test(line)) resolve(line);
    });
    child.once('exit', (code, signal) => reject(new Error(`the child exited (${code ?? signal}) before it was ready: ${errors}`)));
  });
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The id of a process that has run and ended: a pid no process of this machine holds now (until it is reused). */
export function deadProcessId(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (!pid) throw new Error('Could not start a short-lived process.');
  return pid;
}
