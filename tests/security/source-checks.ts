import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { checkResult, type CheckResult } from './check';

/** The shell's sources, parsed and bound by TypeScript, so checks follow symbols instead of matching text. */
export interface ShellSources {
  readonly checker: ts.TypeChecker;
  readonly files: readonly ts.SourceFile[];
}

export async function loadShellSources(projectRoot: string, folders: readonly string[]): Promise<ShellSources> {
  const paths: string[] = [];
  for (const folder of folders) {
    const entries = await readdir(join(projectRoot, folder), { recursive: true });
    paths.push(...entries.filter((entry) => entry.endsWith('.ts')).map((entry) => join(projectRoot, folder, entry)));
  }
  const program = ts.createProgram(paths, {
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // Local symbols are all the checks follow, so imported modules and the standard library are left unread.
    noResolve: true,
    noLib: true,
    types: [],
  });
  return { checker: program.getTypeChecker(), files: paths.map((path) => program.getSourceFile(path)!) };
}

/** Every node under `node` (not `node` itself), depth first. */
export function descendants(node: ts.Node): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (child: ts.Node) => {
    found.push(child);
    child.forEachChild(visit);
  };
  node.forEachChild(visit);
  return found;
}

/** `main/ipc.ts:12`: where a node is, relative to the electron folder. */
export function where(node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${file.fileName.split('/electron/').pop()}:${line + 1}`;
}

/** `ipcMain.x`, `electron.ipcMain.x` or `contents.ipc.x`: the objects main-process IPC handlers hang on. */
function isMainIpcObject(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'ipcMain';
  return ts.isPropertyAccessExpression(node) && ['ipcMain', 'ipc'].includes(node.name.text);
}

const registrations = new Set([
  'handle',
  'handleOnce',
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
]);

/** Checklist item 17: every IPC handler goes through requireTrustedSender, which validates the sender. */
export function checkIpcSenders({ files }: ShellSources): CheckResult {
  const problems: string[] = [];
  for (const node of files.flatMap(descendants)) {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) continue;
    const { expression: target, name } = node.expression;
    if (!isMainIpcObject(target) || !registrations.has(name.text)) continue;
    const handler = node.arguments[1];
    const wrapped =
      handler !== undefined &&
      ts.isCallExpression(handler) &&
      ts.isIdentifier(handler.expression) &&
      handler.expression.text === 'requireTrustedSender';
    if (!wrapped) problems.push(`${where(node)}: ipc ${name.text}() without requireTrustedSender(...)`);
  }
  return checkResult('IPC handlers check the sender (checklist 17)', problems);
}

/** A string, or any piece of a template string. */
function isTextLiteral(node: ts.Node): node is ts.LiteralLikeNode {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node);
}

/** Checklist item 18: nothing loads file:// — no loadFile(), no file: URLs, no pathToFileURL. */
export function checkNoFileProtocol({ files }: ShellSources): CheckResult {
  const problems: string[] = [];
  for (const node of files.flatMap(descendants)) {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'loadFile') {
      problems.push(`${where(node)}: loadFile() loads file://`);
    } else if (isTextLiteral(node) && /file:/i.test(node.text)) {
      problems.push(`${where(node)}: a file: URL`);
    } else if (ts.isIdentifier(node) && node.text === 'pathToFileURL') {
      problems.push(`${where(node)}: pathToFileURL builds file: URLs`);
    }
  }
  return checkResult('no file:// loads (checklist 18)', problems);
}
