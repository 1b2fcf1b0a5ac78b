import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { allowList } from './allow-list';
import { checkBuilderSchema, checkFuses, loadBuilderConfig } from './builder-config';
import { checkBuiltPreload } from './built-preload';
import { checkResult, runCheck, type CheckResult } from './check';
import { parseSarifReport, reviewFindings, scanWithElectronegativity, type Finding } from './electronegativity';
import { checkPreloadExposure } from './preload-checks';
import { checkIpcSenders, checkNoFileProtocol, loadShellSources } from './source-checks';

/**
 * `npm run test:security`: Electronegativity on the app, plus the checks it lacks (Electron security checklist
 * items 17–20) and electron-builder's schema. Exits 1 on any problem, including a check that could not run.
 */
const projectRoot = resolve(import.meta.dirname, '../..');

const describeFinding = (finding: Finding) => `${finding.check} at ${finding.file}:${finding.line} (${finding.message})`;

async function electronegativityChecks(): Promise<CheckResult[]> {
  const electron = JSON.parse(await readFile(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'));
  const scan = await scanWithElectronegativity(projectRoot, String(electron.version));
  const coverage = checkResult(
    'electronegativity analysed every file',
    scan.skipped.map((file) => `skipped ${file}`),
  );
  if (scan.report === undefined) return [coverage, checkResult('electronegativity findings', ['it wrote no report'])];
  const review = reviewFindings(parseSarifReport(scan.report), allowList);
  for (const finding of review.allowed) {
    const { reason } = allowList.find((entry) => entry.check === finding.check && entry.file === finding.file)!;
    console.log(`allowed: ${describeFinding(finding)}\n         because: ${reason}`);
  }
  const problems = [
    ...review.unexpected.map(describeFinding),
    ...review.unusedAllowances.map((entry) => `allow-list entry ${entry.check} at ${entry.file} matches nothing: remove it`),
  ];
  return [coverage, checkResult(`electronegativity findings (${review.allowed.length} allow-listed)`, problems)];
}

async function sourceChecks(): Promise<CheckResult[]> {
  const shell = await loadShellSources(projectRoot, ['electron/main', 'electron/preload']);
  const preload = await loadShellSources(projectRoot, ['electron/preload']);
  return [checkIpcSenders(shell), checkNoFileProtocol(shell), checkPreloadExposure(preload)];
}

async function builderChecks(): Promise<CheckResult[]> {
  const config = await loadBuilderConfig(projectRoot);
  return [await checkBuilderSchema(config), checkFuses(config)];
}

/** Runs a group of checks; if the group itself throws, that is one failed check, named after the group. */
async function group(name: string, checks: () => Promise<CheckResult[]>): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const failed = await runCheck(name, async () => {
    results.push(...(await checks()));
    return checkResult(name, []);
  });
  return failed.problems.length > 0 ? [failed] : results;
}

function printSummary(results: readonly CheckResult[]): number {
  const width = Math.max(...results.map((result) => result.name.length));
  console.log(`\n${'check'.padEnd(width)}  result`);
  for (const result of results) {
    const verdict = result.skipped ? `skipped: ${result.skipped}` : result.problems.length === 0 ? 'passed' : 'FAILED';
    console.log(`${result.name.padEnd(width)}  ${verdict}`);
    for (const problem of result.problems) console.log(`${' '.repeat(width)}    - ${problem}`);
  }
  const failed = results.filter((result) => result.problems.length > 0).length;
  const passed = results.filter((result) => !result.skipped && result.problems.length === 0).length;
  console.log(`\nsecurity gate: ${passed} checks passed, ${failed} failed`);
  return failed;
}

const results = [
  ...(await group('electronegativity', electronegativityChecks)),
  ...(await group('shell sources', sourceChecks)),
  ...(await group('electron-builder config', builderChecks)),
  await runCheck('built preload', () => checkBuiltPreload(projectRoot)),
];
process.exitCode = printSummary(results) > 0 ? 1 : 0;
