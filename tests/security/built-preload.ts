import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { checkResult, type CheckResult } from './check';
import { descendants } from './source-checks';

/** The only modules a sandboxed preload can require; anything else throws when the window opens. */
const sandboxModules = new Set(['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);

export function requiredModules(bundle: string): string[] {
  const file = ts.createSourceFile('index.cjs', bundle, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  return descendants(file).flatMap((node) =>
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'require' &&
    node.arguments[0] !== undefined &&
    ts.isStringLiteral(node.arguments[0])
      ? [node.arguments[0].text]
      : [],
  );
}

/** The built preload runs sandboxed, so it must carry its dependencies instead of requiring them. */
export async function checkBuiltPreload(projectRoot: string): Promise<CheckResult> {
  const name = 'built preload loads in the sandbox';
  const bundle = await readFile(join(projectRoot, 'out', 'preload', 'index.cjs'), 'utf8').catch(() => undefined);
  if (bundle === undefined) return { name, problems: [], skipped: 'out/preload/index.cjs is not built (npm run build)' };
  const problems = requiredModules(bundle)
    .filter((module) => !sandboxModules.has(module))
    .map((module) => `requires "${module}", which a sandbox cannot load: bundle it (build.externalizeDeps: false)`);
  return checkResult(name, problems);
}
