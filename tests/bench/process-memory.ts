import { readdir, readFile } from 'node:fs/promises';

/** Each live process's parent, from /proc. */
async function parentsOf(): Promise<Map<number, number>> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces and brackets: the fields start after its closing bracket.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isInteger(parent)) parents.set(Number(name), parent);
  }
  return parents;
}

/** The children of `parent` whose command line mentions `name`, such as the Chromium a benchmark launched. */
export async function childProcessesRunning(parent: number, name: string): Promise<number[]> {
  const children = [...(await parentsOf())].filter(([, of]) => of === parent).map(([pid]) => pid);
  const commands = await Promise.all(children.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
  return children.filter((_pid, index) => commands[index]!.includes(name));
}

/** Every process below `root` (itself included). */
async function processTree(root: number): Promise<number[]> {
  const parents = new Map<number, number[]>();
  for (const [pid, parent] of await parentsOf()) parents.set(parent, [...(parents.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(parents.get(pid) ?? []));
  }
  return tree;
}

/** Kilobytes of a field in a /proc file such as smaps_rollup ("Pss:       1234 kB"). */
async function kilobytes(file: string, field: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

export interface TreeMemory {
  /** Proportional set size: shared pages split between the processes sharing them, so the sum is honest. */
  readonly pssBytes: number;
  /** Resident set size summed; counts shared pages (Chromium's, the libraries) once per process. */
  readonly rssBytes: number;
  readonly processes: number;
}

export async function treeMemory(roots: readonly number[]): Promise<TreeMemory> {
  const pids = [...new Set((await Promise.all(roots.map(processTree))).flat())];
  let pss = 0;
  let rss = 0;
  for (const pid of pids) {
    pss += await kilobytes(`/proc/${pid}/smaps_rollup`, 'Pss');
    rss += await kilobytes(`/proc/${pid}/status`, 'VmRSS');
  }
  return { pssBytes: pss * 1024, rssBytes: rss * 1024, processes: pids.length };
}
