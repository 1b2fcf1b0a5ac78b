import { CaseStore } from '../../electron/core/storage/case-store';
import { actor, addIncident, storeOptions, testEnvironment } from './case-store';

/**
 * A second Dossier holding a case, for the lock tests: `node --import tsx case-holder.ts <folder>` opens the case
 * (for writing if it can), makes one edit if it may, prints `ready <mode> <sequence>`, and holds the case until its
 * standard input closes; then it closes the case and exits.
 */
async function hold(folder: string): Promise<void> {
  const environment = testEnvironment(Date.UTC(2026, 0, 2), `holder-${process.pid}`);
  const opened = await CaseStore.open(folder, storeOptions(environment, { session: `holder-${process.pid}` }));
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  if (store.status.access.mode === 'write') await store.apply(addIncident(environment, { title: 'From the other process' }), actor);
  process.stdout.write(`ready ${store.status.access.mode} ${store.status.sequence}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void store.close().then(() => process.exit(0)));
}

hold(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
