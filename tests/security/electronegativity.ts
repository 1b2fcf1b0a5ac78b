import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { AllowedFinding } from './allow-list';

/** What the scan reads: the Electron-side sources, the renderer's HTML shell, and package.json (for its scripts). */
export const scannedPaths = ['electron', 'renderer/index.html', 'package.json'] as const;
export const globalFile = '(global)';

export interface Finding {
  readonly check: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const sarifReportSchema = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        tool: z.object({ driver: z.object({ name: z.literal('Electronegativity') }) }),
        results: z.array(
          z.object({
            ruleId: z.string().min(1),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number() }),
                  }),
                }),
              )
              .length(1),
          }),
        ),
      }),
    )
    .length(1),
});

/** Parses Electronegativity's SARIF report; anything else throws, since an unreadable report proves nothing. */
export function parseSarifReport(text: string): Finding[] {
  const report = sarifReportSchema.parse(JSON.parse(text));
  return report.runs[0]!.results.map((result) => {
    const location = result.locations[0]!.physicalLocation;
    const uri = location.artifactLocation.uri;
    return {
      check: result.ruleId,
      // Checks about the whole app have no file; the tool writes "file:///" for them.
      file: uri === 'file:///' ? globalFile : uri,
      line: location.region.startLine,
      message: result.message.text,
    };
  });
}

export interface Review {
  readonly unexpected: readonly Finding[];
  readonly allowed: readonly Finding[];
  readonly unusedAllowances: readonly AllowedFinding[];
}

export function reviewFindings(findings: readonly Finding[], allowList: readonly AllowedFinding[]): Review {
  const matches = (finding: Finding, entry: AllowedFinding) => entry.check === finding.check && entry.file === finding.file;
  return {
    unexpected: findings.filter((finding) => !allowList.some((entry) => matches(finding, entry))),
    allowed: findings.filter((finding) => allowList.some((entry) => matches(finding, entry))),
    unusedAllowances: allowList.filter((entry) => !findings.some((finding) => matches(finding, entry))),
  };
}

/** Copies what is scanned into one folder, so the tool sees the app as a whole and reports paths relative to it. */
async function stageScan(projectRoot: string, folder: string): Promise<void> {
  for (const path of scannedPaths) {
    await cp(join(projectRoot, path), join(folder, path), { recursive: true, errorOnExist: true });
  }
}

/**
 * Runs the tool in a child Node process through its documented programmatic entry, which writes the same report
 * as the CLI's `-o` and also returns the files it could not analyse; with `-o` the CLI drops those silently. The
 * child exits only once the report is written (the tool writes it after its promise resolves).
 */
const runnerScript = `
const [, tool, options, errorsFile] = process.argv;
require(tool)(JSON.parse(options)).then(
  (result) => require('node:fs').writeFileSync(errorsFile, JSON.stringify(result.errors)),
  (error) => { console.error(error && error.stack || String(error)); process.exit(1); },
);`;

const toolErrorsSchema = z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() }));

function runTool(input: string, folder: string, electronVersion: string): { report: string; errors: string } {
  const report = join(folder, 'report.sarif');
  const errors = join(folder, 'errors.json');
  const options = { input, output: report, isSarif: true, isRelative: true, electronVersionOverride: electronVersion };
  const tool = createRequire(import.meta.url).resolve('@doyensec/electronegativity');
  const run = spawnSync(process.execPath, ['-e', runnerScript, tool, JSON.stringify(options), errors], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (run.error) throw new Error(`electronegativity did not run: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`electronegativity failed (exit ${run.status}): ${run.stderr.trim()}`);
  return { report, errors };
}

export interface Scan {
  /** The SARIF report's text, or undefined when the tool wrote none. */
  readonly report: string | undefined;
  /** Files the tool could not analyse, with its reason: it reports no finding in them, whatever they hold. */
  readonly skipped: readonly string[];
}

/** Stages the app, runs the tool on it, and reads what it wrote; its exit code says nothing, so the files count. */
export async function scanWithElectronegativity(projectRoot: string, electronVersion: string): Promise<Scan> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-electronegativity-'));
  try {
    const input = join(folder, 'app');
    await stageScan(projectRoot, input);
    const written = runTool(input, folder, electronVersion);
    const errors = toolErrorsSchema.parse(JSON.parse(await readFile(written.errors, 'utf8')));
    return {
      report: await readFile(written.report, 'utf8').catch(() => undefined),
      skipped: errors.filter((error) => !error.tolerable).map((error) => `${relative(input, error.file)}: ${error.message}`),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
