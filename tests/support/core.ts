import { join } from 'node:path';
import { openCore, preferencesFile, type Core } from '../../electron/core';
import type { ChannelOutput, Channel, Result } from '../../shared';

/** A deterministic clock and id source, so assertions can name exact values. */
export function fixedEnvironment() {
  let tick = 0;
  let id = 0;
  return {
    now: () => new Date(Date.UTC(2026, 0, 1, 12, 0, tick++)),
    newId: () => `id-${++id}`,
  };
}

export async function openTestCore(dataDirectory: string): Promise<Core> {
  return openCore({
    dataDirectory,
    preferences: preferencesFile(join(dataDirectory, 'preferences.json')),
    ...fixedEnvironment(),
  });
}

/** Calls a channel and returns its value, failing the test with the error message if the call failed. */
export async function call<C extends Channel>(core: Core, channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const result = (await core.invoke(channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
