import { runTask, type Task } from './tasks';

/** A child process of the benchmark: runs the one task it is given and sends back what it measured. */
const task = JSON.parse(process.argv[2] ?? '') as Task;
runTask(task).then(
  (result) => process.send!({ ok: true, result }),
  (error: unknown) => process.send!({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
