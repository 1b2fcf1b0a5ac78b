import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util/out/DebugLogger.js';
import { checkResult, type CheckResult } from './check';

/** Checklist item 19: the fuses flipped in the packaged binary. */
export const requiredFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const;

/** electron-builder's own loading (electron-builder.yml, or package.json's `build`), offline. */
export function loadBuilderConfig(projectRoot: string): Promise<Configuration> {
  return getConfig(projectRoot, null, null);
}

/** Validates against electron-builder's schema with electron-builder's own validator. */
export async function checkBuilderSchema(config: Configuration): Promise<CheckResult> {
  const name = 'electron-builder config matches its schema';
  try {
    await validateConfiguration(config, new DebugLogger(false));
    return checkResult(name, []);
  } catch (error) {
    return checkResult(name, [error instanceof Error ? error.message.split('\n')[0]! : String(error)]);
  }
}

export function checkFuses(config: Configuration): CheckResult {
  const fuses: Record<string, unknown> = { ...config.electronFuses };
  const problems = Object.entries(requiredFuses)
    .filter(([fuse, wanted]) => fuses[fuse] !== wanted)
    .map(([fuse, wanted]) => `electronFuses.${fuse} is ${String(fuses[fuse])}, must be ${wanted}`);
  if (config.asar === false) problems.push('asar is off, so onlyLoadAppFromAsar would find no app to load');
  return checkResult('Electron fuses are set (checklist 19)', problems);
}
