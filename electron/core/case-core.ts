import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { CallContext, Result } from '../../shared';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { seedFirstStart } from './seed';
import { CaseRepository } from './storage/case-repository';
import { ensurePrivateFolder } from './storage/durable-file';
import type { CaseCoreOptions } from './types';

/** The part of the core that owns case data; it can run in a worker thread, so it knows nothing of preferences. */
export interface CaseCore {
  invoke(channel: unknown, input: unknown, context: CallContext): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export async function openCaseCore(options: CaseCoreOptions): Promise<CaseCore> {
  const environment = { now: options.now ?? (() => new Date()), newId: options.newId ?? randomUUID };
  await ensurePrivateFolder(options.dataDirectory);
  const casesFolder = join(options.dataDirectory, 'cases');
  const repository = new CaseRepository(casesFolder, { session: randomUUID(), now: environment.now });
  await seedFirstStart(casesFolder, repository);
  const handlers = createHandlers(repository, environment);
  return {
    invoke: (channel, input, context) => dispatch(handlers, channel, input, context),
    close: () => repository.close(),
  };
}
