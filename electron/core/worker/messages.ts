import type { CallContext, Result } from '../../../shared';
import type { CaseCoreOptions } from '../types';

/** What the host thread sends the case-core worker, and what comes back; all plain data. */
export type WorkerRequest =
  | { readonly type: 'call'; readonly id: number; readonly channel: unknown; readonly input: unknown; readonly context: CallContext }
  | { readonly type: 'close' };

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'answer'; readonly id: number; readonly result: Result<unknown> }
  | { readonly type: 'closed' };

/** Only the data folder crosses into the worker; it keeps its own clock and ids. */
export type WorkerOptions = Pick<CaseCoreOptions, 'dataDirectory'>;
