import type * as FilePromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * A tracing layer over `node:fs/promises`, for the power-loss test: every call passes through to the real file system
 * unchanged, and once it has finished the listener hears of it — a `sync` (fsync or fdatasync of an open file or
 * folder, with its descriptor) or a `change` (anything else that may alter the files: writes, renames, copies,
 * removals, new files and folders). The test installs it with vi.mock; nothing else uses it.
 */
export type TraceEvent =
  | { readonly kind: 'sync'; readonly path: string; readonly descriptor: number }
  | { readonly kind: 'change'; readonly path: string };

let listener: ((event: TraceEvent) => void) | undefined;

export function listenToFileSystem(next: ((event: TraceEvent) => void) | undefined): void {
  listener = next;
}

const handleChanges = new Set(['write', 'writeFile', 'appendFile', 'truncate', 'writev', 'chmod']);
const handleSyncs = new Set(['sync', 'datasync']);
const moduleChanges = ['writeFile', 'appendFile', 'truncate', 'rename', 'copyFile', 'cp', 'rm', 'rmdir', 'unlink', 'mkdir', 'chmod', 'link', 'symlink'] as const;

/** Calls through, then tells the listener. */
async function reported<T>(work: Promise<T>, event: () => TraceEvent): Promise<T> {
  const value = await work;
  listener?.(event());
  return value;
}

function tracedHandle(handle: FileHandle, path: string): FileHandle {
  return new Proxy(handle, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      const name = String(property);
      if (handleSyncs.has(name)) return (...args: unknown[]) => reported(method.apply(target, args), () => ({ kind: 'sync', path, descriptor: target.fd }));
      if (handleChanges.has(name)) return (...args: unknown[]) => reported(method.apply(target, args), () => ({ kind: 'change', path }));
      return method.bind(target);
    },
  });
}

/** The module the storage code gets in place of `node:fs/promises`. */
export function traceFileSystem(actual: typeof FilePromises): typeof FilePromises {
  const traced: Record<string, unknown> = { ...actual };
  for (const name of moduleChanges) {
    const original = actual[name] as (...args: unknown[]) => Promise<unknown>;
    traced[name] = (...args: unknown[]) => reported(original(...args), () => ({ kind: 'change', path: resolve(String(args[0])) }));
  }
  traced.open = async (...args: Parameters<typeof actual.open>) => {
    const path = resolve(String(args[0]));
    const handle = await reported(actual.open(...args), () => ({ kind: 'change', path }));
    return tracedHandle(handle, path);
  };
  return { ...(traced as typeof FilePromises), default: traced } as typeof FilePromises;
}
