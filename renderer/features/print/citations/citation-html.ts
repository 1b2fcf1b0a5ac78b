import DOMPurify from 'dompurify';

/**
 * citeproc-js reads a few tags inside a field (<i>, <b>, <sup>, <sub>, <sc>, some <span>s) as formatting, and turns
 * straight quotes and apostrophes into curly ones. Dossier prints what the user recorded as written: markup as text,
 * and "O'Brien" as "O'Brien" (which is also what the redaction leak check searches for). So those three characters
 * go to citeproc as invisible stand-ins it leaves alone, and come back as themselves after. Stand-ins already in
 * the text (invisible mathematical operators) are dropped, so nothing can pose as one.
 */
const standIns: Readonly<Record<string, string>> = { '<': '\u2061', '"': '\u2062', "'": '\u2063' };
const restored: Readonly<Record<string, string>> = { '\u2061': '&lt;', '\u2062': '&quot;', '\u2063': '&#39;' };

/** Text for citeproc that it will print exactly as written. */
export function verbatim(text: string): string {
  return text.replace(/[\u2061-\u2063]/g, '').replace(/[<"']/g, (character) => standIns[character] ?? character);
}

// Only the formatting tags a style makes, and no attribute but class (the page's CSP forbids inline styles anyway):
// nothing that links, loads or runs. Tags not allowed are dropped and their text kept as text.
const citationConfig = {
  ALLOWED_TAGS: ['i', 'b', 'em', 'strong', 'sup', 'sub', 'span'],
  ALLOWED_ATTR: ['class'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
};

function withCharacters(html: string): string {
  return html.trim().replace(/[\u2061-\u2063]/g, (standIn) => restored[standIn] ?? '');
}

function oneLine(html: string): string {
  return html.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * citeproc's HTML as safe HTML on one line, without the block that wrapped it. citeproc escapes each field itself;
 * its output is sanitized again all the same, because it is inserted into the printed page as HTML.
 */
export function sanitizedCitation(html: string): string {
  const fragment = DOMPurify.sanitize(withCharacters(html), citationConfig);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return oneLine(container.innerHTML);
}

/**
 * Many citations sanitized as `sanitizedCitation` would, in one DOMPurify call: each call parses a new document,
 * which for a register of thousands of entries cost more than the entries. Each entry goes in a <span> of its own
 * (an allowed tag, and citeproc escapes "<" in every field, so no entry can close it early); should the result not
 * come back as exactly one span per entry, the entries are sanitized one by one instead.
 */
export function sanitizedCitations(htmls: readonly string[]): string[] {
  if (htmls.length === 0) return [];
  const joined = htmls.map((html) => `<span>${withCharacters(html)}</span>`).join('');
  const fragment = DOMPurify.sanitize(joined, citationConfig);
  const wrappers = [...fragment.childNodes];
  const intact = wrappers.length === htmls.length && wrappers.every((node) => node.nodeName === 'SPAN');
  if (!intact) return htmls.map(sanitizedCitation);
  return wrappers.map((node) => oneLine((node as Element).innerHTML));
}

/** Plain text as HTML, for the words Dossier writes itself into a citation. */
export function escapedText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
