import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowList } from '../../security/allow-list';
import { parseSarifReport, reviewFindings, scanWithElectronegativity } from '../../security/electronegativity';
import { useTemporaryFolders } from '../../support/temporary-folder';

/** A report as Electronegativity writes it: one run, results pointing at a file (or "file:///" for the whole app). */
function sarif(results: { ruleId: string; uri: string; line?: number }[]): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', rules: [] } },
        results: results.map(({ ruleId, uri, line = 1 }) => ({
          ruleId,
          level: 'warning',
          message: { text: `${ruleId} description` },
          locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: 1 } } }],
        })),
      },
    ],
  });
}

describe("reading Electronegativity's report", () => {
  it('turns a finding the allow-list does not name into a failure', () => {
    const findings = parseSarifReport(sarif([{ ruleId: 'SANDBOX_JS_CHECK', uri: 'electron/main/window.ts', line: 30 }]));
    expect(findings).toEqual([
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', line: 30, message: 'SANDBOX_JS_CHECK description' },
    ]);
    expect(reviewFindings(findings, allowList).unexpected).toEqual(findings);
  });

  it('accepts an allow-listed check only in the file it is allowed for', () => {
    const findings = parseSarifReport(
      sarif([
        { ruleId: 'PRELOAD_JS_CHECK', uri: 'electron/main/window.ts' },
        { ruleId: 'PRELOAD_JS_CHECK', uri: 'electron/main/other-window.ts' },
      ]),
    );
    const review = reviewFindings(findings, allowList);
    expect(review.allowed.map((finding) => finding.file)).toEqual(['electron/main/window.ts']);
    expect(review.unexpected.map((finding) => finding.file)).toEqual(['electron/main/other-window.ts']);
  });

  it('names checks about the whole app as global findings', () => {
    const [finding] = parseSarifReport(sarif([{ ruleId: 'LIMIT_NAVIGATION_GLOBAL_CHECK', uri: 'file:///' }]));
    expect(finding?.file).toBe('(global)');
  });

  it('reports allow-list entries that match no finding', () => {
    const review = reviewFindings([], allowList);
    expect(review.unusedAllowances).toEqual(allowList);
  });

  it.each([
    ['text that is not JSON', 'issue, severity, confidence'],
    ['a report without runs', JSON.stringify({ version: '2.1.0' })],
    ['a result without a location', sarif([{ ruleId: 'X', uri: 'a.ts' }]).replace(/"locations":\[[^\]]*\]/, '"locations":[]')],
    ['an empty file', ''],
  ])('refuses %s', (_name, text) => {
    expect(() => parseSarifReport(text)).toThrow();
  });
});

describe('scanning with Electronegativity', () => {
  const temporaryFolder = useTemporaryFolders();

  /** A project with one insecure window and one file in syntax the tool cannot read. */
  async function insecureProject(): Promise<string> {
    const root = await temporaryFolder();
    await mkdir(join(root, 'electron', 'main'), { recursive: true });
    await mkdir(join(root, 'renderer'));
    await writeFile(join(root, 'package.json'), '{"name":"fixture"}');
    await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(
      join(root, 'electron', 'main', 'window.ts'),
      "new BrowserWindow({ webPreferences: { sandbox: false, contextIsolation: false } });\n",
    );
    // Each of its two parsers rejects one of these lines, so the tool cannot read the file at all.
    await writeFile(
      join(root, 'electron', 'main', 'newer.ts'),
      'const a = 1 satisfies number;\nclass Window { accessor sandbox = false; }\n',
    );
    return root;
  }

  // Runs the real tool (about 10 s here, most of it failed network look-ups it survives).
  it('reports the insecure window and names the file it skipped', { timeout: 120_000 }, async () => {
    const scan = await scanWithElectronegativity(await insecureProject(), '45.5.0');
    const findings = parseSarifReport(scan.report ?? '');
    expect(findings).toContainEqual(expect.objectContaining({ check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts' }));
    expect(reviewFindings(findings, allowList).unexpected.length).toBeGreaterThan(0);
    expect(scan.skipped).toEqual([expect.stringMatching(/^electron\/main\/newer\.ts: /)]);
  });
});
