import { checkLeaks } from '../../../shared/print/redaction';

/**
 * The last check before anything leaves the machine: the text as it will print (innerText, which leaves out what
 * CSS hides, such as the on-screen builder) is scanned for every string the redaction profile withheld. Leaks block
 * printing; warnings (a withheld alias of a letter or two standing as a word) are shown for a person to judge.
 */
export function leaksIn(printed: HTMLElement | null, forbidden: readonly string[]): { leaks: string[]; warnings: string[] } {
  if (!printed || forbidden.length === 0) return { leaks: [], warnings: [] };
  return checkLeaks(typeof printed.innerText === 'string' ? printed.innerText : textNodesOf(printed), forbidden);
}

/**
 * Without layout (jsdom) there is no innerText, and textContent runs a label into its value ("Prepared byName"),
 * hiding a whole-word name; the text nodes one by one, spaced, are the nearest reading.
 */
function textNodesOf(element: HTMLElement): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
  return texts.join(' ');
}
