/**
 * The search benchmark: `npx tsx tests/bench/search.bench.ts [--records 200000]`. Generates a case of at least that
 * many searchable records (incidents, sources, passages of their texts, quotes, entities, notes), builds the case
 * index as the core does (in slices), then replays typing realistic queries a keystroke at a time. Appends a table
 * to tests/bench/results-search.md.
 */
import { appendFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { applyChanges, searchQuerySchema, updateIncident, type CaseFile, type SearchQueryInput } from '../../shared';
import { CaseIndex } from '../../electron/core/search/case-index';
import { searchCase } from '../../electron/core/search/case-search';
import { passagesOf } from '../../electron/core/search/passages';
import { generateCase } from './generate-case';
import { LoopMonitor, summarise, timed } from './measure';

const resultsFile = fileURLToPath(new URL('./results-search.md', import.meta.url));
const megabyte = 1_000_000;
const calibrationBytes = 10 * megabyte;

/** What an investigator types into the search box, a keystroke at a time. */
const typedQueries = [
  'harbour fire', 'minister', 'arson attack', 'shell company', 'petrovic', 'zurich port', 'encrypted phones',
  'money laundering', 'sentenced to prison', 'surveillance footage',
];

/** Filters alone (empty text), and text with filters: the other thing the panel asks. */
const filteredQueries: { label: string; query: Omit<SearchQueryInput, 'caseId'> }[] = [
  { label: 'status confirmed', query: { filters: { status: ['confirmed'] } } },
  { label: 'reliability A–B, 2019–2020', query: { filters: { reliability: ['A', 'B'], dateFrom: '2019', dateTo: '2020' } } },
  { label: 'tag smuggling', query: { filters: { tags: ['smuggling'] } } },
  { label: '"minister" + confirmed', query: { text: 'minister', filters: { status: ['confirmed'] } } },
  { label: '"bribe" + credibility 1–2', query: { text: 'bribe', filters: { credibility: [1, 2] } } },
];

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function recordsOf(file: CaseFile): number {
  const passages = file.sources.reduce((sum, source) => sum + [...passagesOf(source.snapshot.text)].length, 0);
  return file.incidents.length + file.sources.length + passages + file.quotes.length + file.entities.length + file.annotations.length;
}

/** A case of at least `records` records: the generator counts bytes, so the size is scaled from a small case. */
function caseWithRecords(records: number): { file: CaseFile; bytes: number; records: number } {
  const small = generateCase({ targetBytes: calibrationBytes });
  const perByte = recordsOf(small.file) / small.bytes;
  let targetBytes = Math.ceil((records / perByte) * 1.02);
  for (;;) {
    const { file, bytes } = generateCase({ targetBytes });
    const count = recordsOf(file);
    if (count >= records) return { file, bytes, records: count };
    targetBytes = Math.ceil(targetBytes * (records / count) * 1.02);
  }
}

/** Processor time of this process in ms: on a shared machine, what a keystroke costs rather than how long it waited. */
const processorMilliseconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Edits as a user makes them (retitling incidents), each applied as the store does, then followed by the index. */
async function followEdits(index: CaseIndex, file: CaseFile, count: number) {
  const times: number[] = [];
  let current = file;
  for (let step = 0; step < count; step += 1) {
    const incident = current.incidents[(step * 97) % current.incidents.length]!;
    const edit = updateIncident(current, incident.id, { ...incident, title: `${incident.title} (harbour fire)` }, { now: () => new Date(), newId: () => 'unused' });
    if (!edit.ok) throw new Error(edit.error.message);
    const edited = applyChanges(current, edit.value.changes);
    if (!edited.ok) throw new Error(edited.error.message);
    current = edited.value;
    times.push((await timed(() => index.follow(current))).milliseconds);
  }
  return summarise(times);
}

const memory = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

async function main() {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '200000' } } });
  const wanted = Number(values.records);
  const gc = collectGarbage();
  const say = (step: string) => process.stderr.write(`[search] ${step}\n`);
  const started = new Date();

  say(`generating a case of at least ${wanted} records`);
  const { file, bytes, records } = caseWithRecords(wanted);
  gc();
  const before = memory();

  say(`building the index over ${records} records (${(bytes / megabyte).toFixed(0)} MB)`);
  const index = new CaseIndex();
  const monitor = new LoopMonitor().start();
  const processorBefore = processorMilliseconds();
  const build = await timed(() => index.follow(file));
  const buildProcessor = processorMilliseconds() - processorBefore;
  const loop = monitor.stop();
  gc();
  const indexBytes = memory() - before;

  const ask = (query: Omit<SearchQueryInput, 'caseId'>) => searchQuerySchema.parse({ caseId: file.case.id, ...query });
  const keystrokes: number[] = [];
  const processor: number[] = [];
  const perQuery: string[] = [];
  for (const text of typedQueries) {
    const times: number[] = [];
    let found = 0;
    for (let length = 1; length <= text.length; length += 1) {
      const query = ask({ text: text.slice(0, length) });
      const [started, processorStarted] = [performance.now(), processorMilliseconds()];
      const answer = searchCase(index, file, query);
      times.push(performance.now() - started);
      processor.push(processorMilliseconds() - processorStarted);
      found = answer.groups.reduce((sum, group) => sum + group.total, 0);
    }
    keystrokes.push(...times);
    const summary = summarise(times);
    perQuery.push(`${text} ${summary.median.toFixed(1)}/${summary.p95.toFixed(1)}/${summary.max.toFixed(0)} (${found})`);
  }
  const filtered = filteredQueries.map(({ label, query }) => {
    const parsed = ask(query);
    const started = performance.now();
    const answer = searchCase(index, file, parsed);
    return `${label} ${(performance.now() - started).toFixed(1)} (${answer.groups.reduce((sum, group) => sum + group.total, 0)})`;
  });

  say('edits, each followed by the index');
  const follows = await followEdits(index, file, 20);
  const all = summarise(keystrokes);
  const cost = summarise(processor);
  const machine = cpus()[0]?.model ?? 'unknown processor';
  const cells = [
    records,
    (bytes / megabyte).toFixed(0),
    `${all.median.toFixed(2)} / ${all.p95.toFixed(2)} / ${all.max.toFixed(1)}`,
    `${cost.median.toFixed(2)} / ${cost.p95.toFixed(2)} / ${cost.max.toFixed(1)}`,
    `${(build.milliseconds / 1000).toFixed(1)} (${(buildProcessor / 1000).toFixed(1)})`,
    `${loop.maxStallMs.toFixed(1)} (${loop.stallsOverFrame})`,
    (indexBytes / megabyte).toFixed(0),
    `${follows.median.toFixed(1)} / ${follows.max.toFixed(1)}`,
    perQuery.join('; '),
    filtered.join('; '),
  ];
  const table = [
    '',
    `## ${started.toISOString()} · \`npx tsx tests/bench/search.bench.ts --records ${wanted}\``,
    '',
    `${cpus().length} cores (${machine}) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM · Node ${process.version} · load average ${loadavg()[0]!.toFixed(1)}. ${all.count} keystrokes over ${typedQueries.length} queries; times in ms, each a whole answer (match, filters, totals, 20 hits a kind with snippets).`,
    '',
    '| records | case MB | keystroke ms median / p95 / max | keystroke processor ms median / p95 / max | build s (processor s) | build max stall ms (>16 ms) | index MB | follow an edit ms median / max | per query: median/p95/max ms (matches) | filters alone: ms (matches) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${cells.join(' | ')} |`,
    '',
  ].join('\n');
  await appendFile(resultsFile, table);
  process.stdout.write(`${table}\n`);
}

await main();
