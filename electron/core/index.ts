import { dispatch } from './dispatch';
import { openCaseCore, type CaseCore } from './case-core';
import { openCaseCoreInWorker, type WorkerScript } from './worker/case-core-client';
import { createPreferenceHandlers, rememberOpenedCase } from './preference-handlers';
import type { Preferences } from '../../shared';
import type { Core, CoreOptions, PreferencesStore } from './types';

export type { Core, CoreOptions, PreferencesStore } from './types';
export type { WorkerScript } from './worker/case-core-client';
export { defaultDataDirectory, userDataDirectory } from './paths';
export { preferencesFile } from './preferences-file';

const preferenceChannels = new Set<unknown>(['preferences.get', 'preferences.update']);
/** Reading a case's outline (as the UI does on opening it) or its whole document counts as opening it. */
const openingChannels = new Set<unknown>(['case.get', 'case.outline']);

/**
 * Every call needs the author's name, and both stores read their file on each read: keep what was read (or last
 * written) in memory, so an API call costs no file read. This process is the preferences' only writer.
 */
function rememberedPreferences(store: PreferencesStore): PreferencesStore {
  let current: Preferences | undefined;
  return {
    read: () => (current ??= store.read()),
    write: (update) => (current = store.write(update)),
  };
}

/**
 * Opens the library in a data folder (creating and seeding it on first start) and returns the core's one entry point.
 * Case data is handled by the case core — in a worker thread when `worker` names its script, so loading and saving never
 * hold up the host's own thread — and preferences by the host's store, which also names the author of each edit.
 */
export async function openCore(options: CoreOptions & { readonly worker?: WorkerScript }): Promise<Core> {
  const { worker, ...caseOptions } = options;
  const preferences = rememberedPreferences(options.preferences);
  const cases: CaseCore = worker ? await openCaseCoreInWorker(caseOptions, worker) : await openCaseCore(caseOptions);
  const preferenceHandlers = createPreferenceHandlers(preferences);
  return {
    invoke: async (channel, input) => {
      const context = { author: preferences.read().authorName };
      if (preferenceChannels.has(channel)) return dispatch(preferenceHandlers, channel, input, context);
      const result = await cases.invoke(channel, input, context);
      if (openingChannels.has(channel) && result.ok) rememberOpenedCase(preferences, result.value);
      return result;
    },
    close: () => cases.close(),
  };
}
