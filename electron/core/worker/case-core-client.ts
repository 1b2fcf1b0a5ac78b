import { Worker } from 'node:worker_threads';
import { failure, type CallContext, type Result } from '../../../shared';
import type { CaseCore } from '../case-core';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './messages';

export interface WorkerScript {
  /** The worker's entry: the built core-worker.js, or core-worker.ts when running from source. */
  readonly url: URL;
  /** Running from source: the URL of tsx's `tsx/esm/api`, which loads the TypeScript entry inside the worker. */
  readonly typescriptLoader?: string;
}

function startWorker(script: WorkerScript, workerData: WorkerOptions): Worker {
  if (!script.typescriptLoader) return new Worker(script.url, { workerData });
  // Loader hooks given to a worker through execArgv do not reach its entry on Node 20, so load it through tsx's API.
  const entry = JSON.stringify(script.url.href);
  const bootstrap = `import(${JSON.stringify(script.typescriptLoader)}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A CaseCore whose work happens in a worker thread; calls and answers are messages. */
export function openCaseCoreInWorker(options: WorkerOptions, script: WorkerScript): Promise<CaseCore> {
  const worker = startWorker(script, { dataDirectory: options.dataDirectory });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 0;
  let stopped: string | undefined;
  let onClosed = () => {};

  const stop = (why: string) => {
    stopped = why;
    for (const answer of pending.values()) answer(failure('internal', why));
    pending.clear();
  };
  return new Promise((resolve, reject) => {
    worker.on('error', (error) => {
      stop(`The case engine stopped unexpectedly (${error.message}); restart Dossier.`);
      reject(error);
    });
    worker.on('exit', () => stop('The case engine has stopped; restart Dossier.'));
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') resolve(client);
      else if (reply.type === 'failed') reject(new Error(reply.message));
      else if (reply.type === 'closed') onClosed();
      else {
        pending.get(reply.id)?.(reply.result);
        pending.delete(reply.id);
      }
    });
    worker.once('exit', (code) => reject(new Error(`The case engine could not start (exit code ${code}).`)));
    const post = (request: WorkerRequest) => worker.postMessage(request);
    const client: CaseCore = {
      invoke: (channel: unknown, input: unknown, context: CallContext) => {
        if (stopped) return Promise.resolve(failure('internal', stopped));
        const id = (nextId += 1);
        return new Promise<Result<unknown>>((answer) => {
          pending.set(id, answer);
          post({ type: 'call', id, channel, input, context });
        });
      },
      close: () =>
        new Promise<void>((closed) => {
          if (stopped) return closed();
          onClosed = () => void worker.terminate().then(() => closed());
          post({ type: 'close' });
        }),
    };
  });
}
