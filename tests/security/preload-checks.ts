import ts from 'typescript';
import { checkResult, type CheckResult } from './check';
import { descendants, where, type ShellSources } from './source-checks';

/** What the preload may do with ipcRenderer: call these methods, never hand the object itself anywhere. */
const ipcRendererMethods = new Set(['invoke', 'on', 'removeListener']);

/** Each use of `ipcRenderer` (or `electron.ipcRenderer`) as an expression; import specifiers are not uses. */
function ipcRendererUses(nodes: readonly ts.Node[]): ts.Expression[] {
  return nodes.flatMap((node) => {
    if (!ts.isIdentifier(node) || node.text !== 'ipcRenderer' || ts.isImportSpecifier(node.parent)) return [];
    const parent = node.parent;
    return [ts.isPropertyAccessExpression(parent) && parent.name === node ? parent : node];
  });
}

/** The method called on a use, as in `use.method(…)`; undefined when the use is anything else. */
function calledMethod(use: ts.Expression): ts.CallExpression | undefined {
  const access = use.parent;
  if (!ts.isPropertyAccessExpression(access) || access.expression !== use) return undefined;
  return ts.isCallExpression(access.parent) && access.parent.expression === access ? access.parent : undefined;
}

function functionOf(checker: ts.TypeChecker, node: ts.Expression): ts.SignatureDeclaration | undefined {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return node;
  const declaration = checker.getSymbolAtLocation(node)?.declarations?.[0];
  if (declaration && ts.isFunctionDeclaration(declaration)) return declaration;
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
    return functionOf(checker, declaration.initializer);
  }
  return undefined;
}

/** Why an `ipcRenderer.on` listener could pass the IPC event to the page, or undefined when it cannot. */
function eventLeak(checker: ts.TypeChecker, listener: ts.Expression | undefined): string | undefined {
  const relay = listener && functionOf(checker, listener);
  const body = relay && 'body' in relay ? relay.body : undefined;
  if (!relay || !body) return 'its listener is not a function defined in the preload, so the event may reach the page';
  const event = relay.parameters[0];
  if (!event || event.dotDotDotToken || !ts.isIdentifier(event.name)) return 'its listener does not name the event parameter';
  const eventSymbol = checker.getSymbolAtLocation(event.name);
  const used = descendants(body).some(
    (node) => ts.isIdentifier(node) && (node.text === 'arguments' || checker.getSymbolAtLocation(node) === eventSymbol),
  );
  return used ? 'its listener uses the IPC event, which carries the sender' : undefined;
}

function exposureProblems(nodes: readonly ts.Node[]): string[] {
  const exposures = nodes.filter(
    (node): node is ts.CallExpression =>
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text.startsWith('exposeIn'),
  );
  const [only] = exposures;
  const key = only?.arguments[0];
  const exposesDossier =
    exposures.length === 1 &&
    ts.isPropertyAccessExpression(only!.expression) &&
    only!.expression.name.text === 'exposeInMainWorld' &&
    key !== undefined &&
    ts.isStringLiteral(key) &&
    key.text === 'dossier';
  if (exposesDossier) return [];
  return [`expected exactly one exposeInMainWorld('dossier', …), found: ${exposures.map(where).join(', ') || 'none'}`];
}

/** Checklist item 20: the page gets one object, `dossier`, and never ipcRenderer or an IPC event. */
export function checkPreloadExposure({ checker, files }: ShellSources): CheckResult {
  const nodes = files.flatMap(descendants);
  const problems = exposureProblems(nodes);
  for (const use of ipcRendererUses(nodes)) {
    const call = calledMethod(use);
    const method = call && (call.expression as ts.PropertyAccessExpression).name.text;
    if (!call || !method || !ipcRendererMethods.has(method)) {
      const allowed = [...ipcRendererMethods].join(', ');
      problems.push(`${where(use)}: ipcRenderer used as ${method ? `.${method}()` : 'a value'}; only ${allowed} calls`);
    } else if (method === 'on') {
      const leak = eventLeak(checker, call.arguments[1]);
      if (leak) problems.push(`${where(use)}: ipcRenderer.on: ${leak}`);
    }
  }
  return checkResult('preload exposes no Electron API or IPC event (checklist 20)', problems);
}
