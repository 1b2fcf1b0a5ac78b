import { messageOf } from '../../shared';
/** One line of the gate's summary: what was checked, and every problem found (none means it passed). */
export interface CheckResult {
  readonly name: string;
  readonly problems: readonly string[];
  /** Set when the check could not apply here (for example, nothing is built yet), saying why. */
  readonly skipped?: string;
}

export function checkResult(name: string, problems: readonly string[]): CheckResult {
  return { name, problems };
}

/** Runs a check, turning anything it throws into a problem: a gate that crashes must still fail, never pass. */
export async function runCheck(name: string, check: () => Promise<CheckResult> | CheckResult): Promise<CheckResult> {
  try {
    return await check();
  } catch (error) {
    return checkResult(name, [`the check itself failed: ${messageOf(error)}`]);
  }
}
