import { Lexer, type Token, type Tokens } from 'marked';
import { failure, snapshotSchema, success, type Result } from '../../shared';

export type TextFormat = 'plain' | 'markdown' | 'html';

/** Most characters a snapshot holds: what the source schema allows. */
export const longestSnapshot = snapshotSchema.shape.text.unwrap().maxLength ?? 50_000_000;

/** The format of a file by its name, then its type; undefined for anything that is not text Dossier can read. */
export function formatOfFile(name: string, type = ''): TextFormat | undefined {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (['txt', 'text'].includes(extension) || type === 'text/plain') return 'plain';
  if (['md', 'markdown'].includes(extension) || type === 'text/markdown') return 'markdown';
  if (['html', 'htm', 'xhtml'].includes(extension) || type === 'text/html') return 'html';
  return undefined;
}

/** Line breaks as LF whatever system wrote them, and no byte-order mark. */
export function plainText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Runs of blank lines at most one long, no spaces at the ends of lines, nothing blank at either end. */
function tidyLines(text: string): string {
  return text
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Elements whose content is never words of the page: code, styling, fallbacks, embedded documents.
const dropped = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'head', 'svg', 'math', 'canvas', 'select']);
const paragraphs = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure', 'hr', 'address']);
const lines = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption',
  'form', 'fieldset', 'legend', 'details', 'summary', 'body', 'html',
]);
const cells = new Set(['td', 'th']);

/** How many line breaks an element stands apart by: a blank line around paragraphs, a line break around lines. */
function breaksAround(tag: string): number {
  if (paragraphs.has(tag)) return 2;
  return lines.has(tag) ? 1 : 0;
}

/** What the walk meets: a node to visit, a number of line breaks to stand apart by, or text to add as it is. */
type Step = Visit | number | string;

interface Visit {
  readonly node: Node;
  /** Inside <pre>, where the page shows whitespace as written. */
  readonly preformatted: boolean;
}

/**
 * Collects the text as a browser lays it out: collapsed whitespace is one space between words, never two where two
 * text nodes meet, and none at the start of a line; where blocks meet, the larger of their breaks, not the sum.
 */
class TextCollector {
  private readonly parts: string[] = [];
  private spaced = true;
  private trailingBreaks = Number.POSITIVE_INFINITY;

  add(text: string, preformatted: boolean): void {
    const kept = !preformatted && this.spaced ? text.replace(/^ +/, '') : text;
    if (kept === '') return;
    this.parts.push(kept);
    this.spaced = /[ \n\t]$/.test(kept);
    const breaks = kept.length - kept.replace(/\n+$/, '').length;
    this.trailingBreaks = breaks === kept.length ? this.trailingBreaks + breaks : breaks;
  }

  /** Ends the line (1) or the paragraph (2) unless the text already ends so. */
  breakLines(count: number): void {
    if (count > this.trailingBreaks) this.add('\n'.repeat(count - this.trailingBreaks), true);
  }

  text(): string {
    return this.parts.join('');
  }
}

/** The text of one node as a reader sees it: whitespace collapsed to one space, except where it is preformatted. */
function textOf({ node, preformatted }: Visit): string {
  const value = node.nodeValue ?? '';
  return preformatted ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
}

function isCell(element: Element | null): boolean {
  return element !== null && cells.has(element.localName);
}

/**
 * The words of an HTML document. It is parsed with DOMParser into a document with no browsing context: its scripts
 * never run and its images and styles are never fetched. The walk keeps its own stack, so deeply nested markup
 * cannot overflow the call stack.
 */
export function htmlToText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const collector = new TextCollector();
  const stack: Step[] = [{ node: parsed.documentElement, preformatted: false }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'number') collector.breakLines(item);
    else if (typeof item === 'string') collector.add(item, true);
    else if (item.node.nodeType === Node.TEXT_NODE) collector.add(textOf(item), item.preformatted);
    else if (item.node.nodeType === Node.ELEMENT_NODE) visitElement(item, stack);
  }
  return tidyLines(collector.text());
}

function visitElement({ node, preformatted }: Visit, stack: Step[]): void {
  const element = node as Element;
  const tag = element.localName;
  if (dropped.has(tag)) return;
  if (tag === 'br') {
    stack.push('\n');
    return;
  }
  const around = breaksAround(tag);
  const inside = preformatted || tag === 'pre';
  stack.push(around);
  for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, preformatted: inside });
  // Cells of a row are separated by a tab, so a table pastes back into a spreadsheet.
  stack.push(isCell(element) && isCell(element.previousElementSibling) ? '\t' : around);
}

let decoder: HTMLTextAreaElement | undefined;
const decoded = new Map<string, string>();
const characterReference = /&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * One character reference as the browser reads it. A textarea's content is parsed as text, never as elements, and
 * it lives in a document of its own where nothing loads. Each reference is decoded once: a long document repeats few.
 */
function decodeReference(reference: string): string {
  let character = decoded.get(reference);
  if (character === undefined) {
    decoder ??= document.implementation.createHTMLDocument('').createElement('textarea');
    decoder.innerHTML = reference;
    character = decoder.value;
    if (decoded.size >= 10_000) decoded.clear();
    decoded.set(reference, character);
  }
  return character;
}

/** Character references (&amp;, &#8217;) as the characters they stand for; a lone "&" stays as it is. */
function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(characterReference, decodeReference) : text;
}

const lineBreakTag = /^<br\s*\/?>$/i;

function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineOf).join('');
}

function inlineOf(token: Token): string {
  const known = token as Tokens.Generic;
  if (known.type === 'br') return '\n';
  if (known.type === 'html') return lineBreakTag.test(known.raw.trim()) ? '\n' : htmlToText(known.raw);
  // Links and emphasis keep the words inside them, an image its description, code and text their characters.
  return known.tokens ? inlineText(known.tokens) : decodeEntities(String(known.text ?? ''));
}

function listText(list: Tokens.List): string {
  const first = typeof list.start === 'number' ? list.start : 1;
  // Numbers are kept (item 3 of a court record is cited as such); bullets become a plain marker.
  return list.items.map((item, index) => `${list.ordered ? `${first + index}. ` : '• '}${blocksText(item.tokens).trim()}`).join('\n');
}

function tableText(table: Tokens.Table): string {
  const row = (cellsOfRow: readonly Tokens.TableCell[]) => cellsOfRow.map((cell) => inlineText(cell.tokens)).join('\t');
  return [row(table.header), ...table.rows.map(row)].join('\n');
}

function blockOf(token: Token): string {
  const known = token as Tokens.Generic;
  switch (known.type) {
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'code':
      return known.text as string;
    case 'html':
      return htmlToText(known.raw);
    case 'list':
      return listText(token as Tokens.List);
    case 'table':
      return tableText(token as Tokens.Table);
    case 'blockquote':
      return blocksText(known.tokens);
    case 'heading':
    case 'paragraph':
      return inlineText(known.tokens);
    default:
      return known.tokens ? inlineText(known.tokens) : decodeEntities(String(known.text ?? ''));
  }
}

function blocksText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map(blockOf)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

/** The words of a Markdown document: headings, paragraphs, lists and tables kept, the markup around them dropped. */
export function markdownToText(markdown: string): string {
  return tidyLines(blocksText(new Lexer({ gfm: true }).lex(plainText(markdown))));
}

/** A file's or a paste's content as a snapshot's text, or why it cannot be one. */
export function importText(content: string, format: TextFormat): Result<string> {
  const converters: Record<TextFormat, (text: string) => string> = { plain: plainText, markdown: markdownToText, html: htmlToText };
  const text = converters[format](format === 'plain' ? content : plainText(content));
  if (text.length > longestSnapshot) {
    return failure(
      'invalid-input',
      `The text is ${text.length.toLocaleString()} characters long; a snapshot holds at most ${longestSnapshot.toLocaleString()}. Split the document into several sources.`,
    );
  }
  return success(text);
}
