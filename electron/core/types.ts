import type { Preferences, Result } from '../../shared';

/** Where preferences live is the host's business: electron-store in the desktop app, a private JSON file in the browser host. */
export interface PreferencesStore {
  read(): Preferences;
  write(update: Partial<Preferences>): Preferences;
}

/** Clock and id source are passed in, so every rule of the core can be tested. */
export interface CoreEnvironment {
  readonly now: () => Date;
  readonly newId: () => string;
}

/** What the case core needs: it can run in a worker thread, so it knows nothing of preferences. */
export interface CaseCoreOptions extends Partial<CoreEnvironment> {
  /** The folder holding the library; created if missing, seeded with the sample case on first start. */
  readonly dataDirectory: string;
}

export interface CoreOptions extends CaseCoreOptions {
  readonly preferences: PreferencesStore;
}

/** What both hosts call: one entry point that validates the channel and its input, then runs the handler. */
export interface Core {
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}
