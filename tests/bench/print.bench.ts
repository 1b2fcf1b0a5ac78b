/**
 * The print benchmark: `npx tsx tests/bench/print.bench.ts [--incidents 1000] [--runs 5]`. A generated case of that
 * many incidents in a fresh data folder, the browser host and Chromium. T_app: from navigating to the print view (all
 * sections) to the PDF's bytes — data load, redaction, the model, React's progressive render, the leak check and
 * Chromium's print. T_plain: the same rendered page as static HTML (its CSS inlined, scripts removed) given to a
 * fresh page with setContent, then printed. Their ratio is what the app adds to Chromium printing the same pages;
 * the target is at most 1.2. Runs alternate, so machine load falls on both alike. Appends to tests/bench/results-print.md.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CaseStore } from '../../electron/core/storage/case-store';
import { pdfPageCount } from '../e2e/pdf';
import { percentile } from './measure';
import { browserArguments, startBrowserHost } from './browser-host';
import { generatePrintCase } from './print-case';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const resultsFile = join(projectRoot, 'tests/bench/results-print.md');
const readyTimeoutMs = 600_000;
const pdfOptions = { preferCSSPageSize: true, printBackground: true } as const;

async function startHost(dataDirectory: string): Promise<{ child: ChildProcess; url: URL }> {
  const { child, url } = await startBrowserHost(dataDirectory);
  return { child, url: new URL(url) };
}

/**
 * The page as it stands, as one static document: every stylesheet's rules (the constructed one holding the running
 * header and the paper size included) in one <style>; scripts, stylesheet links and the CSP <meta> (which would
 * refuse that <style>) removed; a <base> for anything relative. What Chromium alone needs to print the same pages.
 * It runs in the page, so it is a string: the Node side's tsconfig has no DOM types.
 */
const staticDocumentScript = `((base) => {
  const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
  const css = sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n')).join('\\n');
  const root = document.documentElement.cloneNode(true);
  for (const node of root.querySelectorAll('script, style, link, meta[http-equiv]')) node.remove();
  const head = root.querySelector('head');
  const baseElement = document.createElement('base');
  baseElement.href = base;
  const style = document.createElement('style');
  style.textContent = css;
  head.prepend(baseElement);
  head.append(style);
  return '<!DOCTYPE html>\\n' + root.outerHTML;
})`;

function staticDocument(page: Page, origin: string): Promise<string> {
  return page.evaluate(`${staticDocumentScript}(${JSON.stringify(origin)})`) as Promise<string>;
}

interface AppRun {
  readonly totalMs: number;
  /** Navigation to data-print-ready="true": load, model, render, leak check. */
  readonly readyMs: number;
  readonly pdf: Buffer;
}

async function printApp(browser: Browser, url: string): Promise<AppRun & { html: string }> {
  const page = await browser.newPage();
  try {
    const started = performance.now();
    await page.goto(url);
    await page.locator('[data-print-ready="true"]').waitFor({ timeout: readyTimeoutMs });
    const readyMs = performance.now() - started;
    const pdf = await page.pdf(pdfOptions);
    const totalMs = performance.now() - started;
    return { totalMs, readyMs, pdf, html: await staticDocument(page, new URL(url).origin) };
  } finally {
    await page.close();
  }
}

interface PlainRun {
  readonly totalMs: number;
  /** setContent until the page's load event. */
  readonly loadMs: number;
  readonly pdf: Buffer;
}

async function printPlain(browser: Browser, html: string): Promise<PlainRun> {
  const page = await browser.newPage();
  try {
    const started = performance.now();
    await page.setContent(html, { waitUntil: 'load', timeout: readyTimeoutMs });
    const loadMs = performance.now() - started;
    const pdf = await page.pdf(pdfOptions);
    return { totalMs: performance.now() - started, loadMs, pdf };
  } finally {
    await page.close();
  }
}

async function pagesOf(pdf: Buffer, folder: string, name: string): Promise<number> {
  const path = join(folder, name);
  await writeFile(path, pdf);
  return pdfPageCount(path);
}

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(2);
const median = (samples: readonly number[]) => percentile(samples, 0.5);
const load = () => loadavg().map((value) => value.toFixed(1)).join(' / ');

async function main() {
  const { values } = parseArgs({ options: { incidents: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });
  const incidents = Number(values.incidents);
  const runs = Number(values.runs);
  const root = await mkdtemp(join(tmpdir(), `dossier-print-${incidents}-`));
  const say = (step: string) => process.stderr.write(`[print ${incidents}] ${step}\n`);
  let host: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    say('generating the case');
    const { file, bytes } = generatePrintCase(incidents);
    const casesFolder = join(root, 'data', 'cases');
    await mkdir(casesFolder, { recursive: true });
    const created = await CaseStore.create(join(casesFolder, file.case.id), file, { session: randomUUID(), now: () => new Date() });
    if (!created.ok) throw new Error(created.error.message);
    await created.value.close();
    const loadBefore = load();
    say('starting the browser host and Chromium');
    const started = await startHost(join(root, 'data'));
    host = started.child;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: browserArguments });
    const { origin, pathname, search } = started.url;
    const printUrl = `${origin}${pathname}${search}#/cases/${file.case.id}/print`;
    // One unmeasured round warms the host's case cache and Chromium's caches, as a second print in the app would be.
    say('warming up');
    const { html } = await printApp(browser, printUrl);
    const app: AppRun[] = [];
    const plain: PlainRun[] = [];
    let pages = { app: 0, plain: 0 };
    for (let run = 1; run <= runs; run += 1) {
      const appRun = await printApp(browser, printUrl);
      const plainRun = await printPlain(browser, html);
      app.push(appRun);
      plain.push(plainRun);
      if (run === 1) pages = { app: await pagesOf(appRun.pdf, root, 'app.pdf'), plain: await pagesOf(plainRun.pdf, root, 'plain.pdf') };
      say(`run ${run}: app ${seconds(appRun.totalMs)} s (ready ${seconds(appRun.readyMs)} s), plain ${seconds(plainRun.totalMs)} s (load ${seconds(plainRun.loadMs)} s)`);
    }
    const tApp = median(app.map((run) => run.totalMs));
    const tReady = median(app.map((run) => run.readyMs));
    const tPlain = median(plain.map((run) => run.totalMs));
    const tLoad = median(plain.map((run) => run.loadMs));
    const ratio = tApp / tPlain;
    const report = [
      '',
      `## ${incidents} incidents, all sections · ${new Date().toISOString()}`,
      '',
      `\`npx tsx tests/bench/print.bench.ts --incidents ${incidents} --runs ${runs}\` · ${cpus().length} cores · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · load average (1/5/15 min) ${loadBefore} before, ${load()} after`,
      '',
      `Case: ${file.incidents.length} incidents, ${file.sources.length} sources, ${file.quotes.length} quotes, ${file.entities.length} people and organisations, ${file.annotations.length} notes; ${(bytes / 1e6).toFixed(1)} MB of JSON. HTML printed: ${(html.length / 1e6).toFixed(1)} MB.`,
      '',
      '| measure | median s | runs (s) |',
      '| --- | --- | --- |',
      `| T_app: navigation → PDF bytes | ${seconds(tApp)} | ${app.map((run) => seconds(run.totalMs)).join(', ')} |`,
      `| of which navigation → data-print-ready | ${seconds(tReady)} | ${app.map((run) => seconds(run.readyMs)).join(', ')} |`,
      `| T_plain: setContent → PDF bytes | ${seconds(tPlain)} | ${plain.map((run) => seconds(run.totalMs)).join(', ')} |`,
      `| of which setContent → load | ${seconds(tLoad)} | ${plain.map((run) => seconds(run.loadMs)).join(', ')} |`,
      '',
      `Ratio T_app / T_plain: **${ratio.toFixed(2)}** (target ≤ 1.2). Pages: ${pages.app} (app), ${pages.plain} (plain HTML).`,
      '',
    ].join('\n');
    process.stdout.write(report);
    await appendFile(resultsFile, report);
  } finally {
    await browser?.close();
    if (host && host.exitCode === null) {
      const exited = new Promise((done) => host!.once('exit', done));
      host.kill('SIGTERM');
      await exited;
    }
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
