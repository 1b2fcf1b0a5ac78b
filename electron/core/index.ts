import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';
import { seedFirstStart } from './seed';
import { ensurePrivateFolder } from './storage/durable-file';
import { CaseRepository } from './storage/case-repository';
import type { Core, CoreOptions } from './types';

export type { Core, CoreOptions, PreferencesStore } from './types';
export { defaultDataDirectory, userDataDirectory } from './paths';

/** Opens the library in a data folder (creating and seeding it on first start) and returns the core's one entry point. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const environment = { now: options.now ?? (() => new Date()), newId: options.newId ?? randomUUID };
  await ensurePrivateFolder(options.dataDirectory);
  const casesFolder = join(options.dataDirectory, 'cases');
  const repository = new CaseRepository(casesFolder, {
    session: randomUUID(),
    actor: () => options.preferences.read().authorName,
    now: environment.now,
  });
  await seedFirstStart(casesFolder, repository);
  const handlers = createHandlers(repository, options.preferences, environment);
  return {
    invoke: (channel, input) => dispatch(handlers, channel, input),
    close: () => repository.close(),
  };
}
export { preferencesFile } from './preferences-file';
