import { success, type CaseFile, type Handlers } from '../../shared';
import type { PreferencesStore } from './types';

const recentCaseLimit = 10;

export function createPreferenceHandlers(preferences: PreferencesStore): Pick<Handlers, 'preferences.get' | 'preferences.update'> {
  return {
    'preferences.get': async () => success(preferences.read()),
    'preferences.update': async (update) => success(preferences.write(update)),
  };
}

/** Puts a case just opened at the head of the recent cases. */
export function rememberOpenedCase(preferences: PreferencesStore, opened: unknown): void {
  const caseId = (opened as CaseFile).case.id;
  const recent = preferences.read().recentCaseIds.filter((id) => id !== caseId);
  preferences.write({ recentCaseIds: [caseId, ...recent].slice(0, recentCaseLimit) });
}
