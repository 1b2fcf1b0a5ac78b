import { parentPort, workerData } from 'node:worker_threads';
import { messageOf } from '../../../shared';
import { openCaseCore } from '../case-core';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './messages';

/** The case core in its own thread: loading, replaying and snapshotting never hold up the host's thread. */
async function serve(): Promise<void> {
  const port = parentPort!;
  const send = (reply: WorkerReply) => port.postMessage(reply);
  let core;
  try {
    core = await openCaseCore(workerData as WorkerOptions);
  } catch (error) {
    send({ type: 'failed', message: messageOf(error) });
    return;
  }
  const opened = core;
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'close') {
      void opened.close().finally(() => {
        send({ type: 'closed' });
        port.close();
      });
      return;
    }
    void opened.invoke(request.channel, request.input, request.context).then((result) => send({ type: 'answer', id: request.id, result }));
  });
  send({ type: 'ready' });
}

void serve();
