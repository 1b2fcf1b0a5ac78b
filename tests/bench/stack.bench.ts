/**
 * The whole stack at one size: `npx tsx tests/bench/stack.bench.ts [--megabytes 200]`. A generated case in a fresh
 * data folder, the browser host (host + case core worker) and Chromium showing it; reports the time to the case's
 * first usable screen and the memory of all processes together (PSS, peak over the run), while the user opens the
 * case, an incident and a source, and makes edits. Appends its table to tests/bench/results.md.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CaseStore } from '../../electron/core/storage/case-store';
import { browserArguments, startBrowserHost } from './browser-host';
import { generateCase } from './generate-case';
import { childProcessesRunning, treeMemory, type TreeMemory } from './process-memory';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const resultsFile = join(projectRoot, 'tests/bench/results.md');
const megabyte = 1_000_000;
const mebibyte = 1024 * 1024;


interface Peaks {
  /** The highest total seen, with the share of each side at that moment. */
  total: TreeMemory & { hostPssBytes: number };
  hostPssBytes: number;
  browserPssBytes: number;
}

/** Samples the memory of the host's and the browser's process trees every 100 ms until stopped; keeps the peaks. */
function sampleMemory(host: number, browser: readonly number[]) {
  const peaks: Peaks = { total: { pssBytes: 0, rssBytes: 0, processes: 0, hostPssBytes: 0 }, hostPssBytes: 0, browserPssBytes: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const [hostNow, browserNow] = await Promise.all([treeMemory([host]), treeMemory(browser)]);
      const pssBytes = hostNow.pssBytes + browserNow.pssBytes;
      if (pssBytes > peaks.total.pssBytes) {
        peaks.total = { pssBytes, rssBytes: hostNow.rssBytes + browserNow.rssBytes, processes: hostNow.processes + browserNow.processes, hostPssBytes: hostNow.pssBytes };
      }
      peaks.hostPssBytes = Math.max(peaks.hostPssBytes, hostNow.pssBytes);
      peaks.browserPssBytes = Math.max(peaks.browserPssBytes, browserNow.pssBytes);
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peaks;
    },
  };
}

async function main() {
  const { values } = parseArgs({ options: { megabytes: { type: 'string', default: '200' }, edits: { type: 'string', default: '20' } } });
  const megabytes = Number(values.megabytes);
  const root = await mkdtemp(join(tmpdir(), `dossier-stack-${megabytes}mb-`));
  const say = (step: string) => process.stderr.write(`[stack ${megabytes} MB] ${step}\n`);
  try {
    say('generating the case');
    const { file, bytes } = generateCase({ targetBytes: megabytes * megabyte, seed: 20_261_125 });
    const casesFolder = join(root, 'data', 'cases');
    await mkdir(casesFolder, { recursive: true });
    const created = await CaseStore.create(join(casesFolder, file.case.id), file, { session: randomUUID(), now: () => new Date() });
    if (!created.ok) throw new Error(created.error.message);
    await created.value.close();
    say('starting the browser host and Chromium');
    const host = await startBrowserHost(join(root, 'data'));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: browserArguments });
    const chromiumRoots = await childProcessesRunning(process.pid, 'chromium');
    const sampler = sampleMemory(host.child.pid!, chromiumRoots);
    const page = await browser.newPage();
    const parsed = new URL(host.url);
    const route = (path: string) => `${parsed.origin}${parsed.pathname}${parsed.search}#${path}`;
    await page.goto(route('/'));
    await page.getByRole('link', { name: new RegExp(file.case.name) }).first().waitFor();
    say('opening the case');
    const opening = performance.now();
    await page.goto(route(`/cases/${file.case.id}`));
    await page.getByRole('heading', { name: /Incidents \(/ }).waitFor({ timeout: 120_000 });
    const firstScreenMs = performance.now() - opening;
    say('browsing and editing');
    const incident = file.incidents[Math.floor(file.incidents.length / 2)]!;
    await page.goto(route(`/cases/${file.case.id}/incidents/${incident.id}`));
    await page.getByRole('heading', { level: 2, name: incident.title }).waitFor();
    const source = [...file.sources].sort((left, right) => right.snapshot.text.length - left.snapshot.text.length)[0]!;
    await page.goto(route(`/cases/${file.case.id}/sources/${source.id}`));
    await page.getByRole('heading', { name: source.title }).first().waitFor();
    const edits = Number(values.edits);
    for (let index = 0; index < edits; index += 1) {
      const answer = await page.evaluate(
        async ({ caseId, target, token }) => {
          const response = await fetch('/api/annotation.create', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-dossier-token': token },
            body: JSON.stringify({ caseId, target, annotation: { body: 'A note made during the stack benchmark.' } }),
          });
          return response.status;
        },
        { caseId: file.case.id, target: { kind: 'incident', id: incident.id }, token: parsed.searchParams.get('token') ?? '' },
      );
      if (answer !== 200) throw new Error(`An edit answered HTTP ${answer}.`);
    }
    const peak = await sampler.stop();
    await browser.close();
    host.child.kill('SIGTERM');
    await new Promise((done) => host.child.once('exit', done));
    const mib = (value: number) => (value / mebibyte).toFixed(0);
    const line = `| ${megabytes} | ${(bytes / megabyte).toFixed(1)} | ${firstScreenMs.toFixed(0)} | ${mib(peak.total.pssBytes)} | ${mib(peak.hostPssBytes)} | ${mib(peak.browserPssBytes)} | ${mib(peak.total.rssBytes)} | ${peak.total.processes} |`;
    const report = [
      '',
      `## Whole stack: browser host + case core worker + Chromium`,
      '',
      `\`npx tsx tests/bench/stack.bench.ts --megabytes ${megabytes}\` · ${new Date().toISOString()} · ${cpus().length} cores · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`,
      '',
      'Open the library, open the case (time to its incident list, through HTTP, the worker and React), open an incident and the',
      `largest source, then ${edits} edits. Memory: the peak, sampled every 100 ms, over every process of the host and of Chromium:`,
      'PSS (shared pages split between the processes sharing them) and, for comparison, RSS summed.',
      '',
      '| size MB | actual MB | first screen ms | peak PSS MiB, all processes | peak PSS MiB, host + core | peak PSS MiB, Chromium | RSS MiB summed at the peak | processes |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      line,
      '',
    ].join('\n');
    process.stdout.write(report);
    await appendFile(resultsFile, report);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
