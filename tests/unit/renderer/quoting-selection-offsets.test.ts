import { afterEach, describe, expect, it } from 'vitest';
import { selectionOffsets } from '../../../renderer/features/quoting/selection-offsets';
import { segmentText } from '../../../renderer/lib/highlights';

const text = 'The minister said the contract was signed in March 2023. Officials later denied that any contract existed at all.';
const span = (passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });

afterEach(() => {
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
});

/**
 * The snapshot as the source view draws it: the text cut at every highlight boundary, highlighted stretches in
 * <mark> elements (overlapping quotes become adjacent marks), the rest as bare text nodes.
 */
function renderSnapshot(): HTMLElement {
  const container = document.createElement('div');
  const highlights = [
    { id: 'outer', ...span('The minister said the contract') },
    { id: 'inner', ...span('the contract was signed in March 2023') },
    { id: 'denial', ...span('Officials later denied') },
  ];
  for (const segment of segmentText(text.length, highlights)) {
    const content = document.createTextNode(text.slice(segment.start, segment.end));
    if (segment.ids.length === 0) {
      container.append(content);
      continue;
    }
    const mark = document.createElement('mark');
    mark.append(content);
    container.append(mark);
  }
  document.body.append(heading(), container);
  return container;
}

function heading(): HTMLElement {
  const element = document.createElement('h2');
  element.textContent = 'Snapshot text';
  return element;
}

/** The text node holding character `offset` of the snapshot, and the offset inside it. */
function pointAt(container: HTMLElement, offset: number): [Node, number] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue!.length;
    if (offset <= before + length) return [node, offset - before];
    before += length;
  }
  throw new Error(`No text at ${offset}.`);
}

function rangeOver(container: HTMLElement, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(...pointAt(container, start));
  range.setEnd(...pointAt(container, end));
  return range;
}

describe('mapping a selection in the snapshot to text offsets', () => {
  it('counts characters across highlight marks and bare text, wherever the ends fall', () => {
    const container = renderSnapshot();
    expect(container.querySelectorAll('mark')).toHaveLength(4);
    for (const passage of ['minister said the con', 'contract was signed in March 2023. Officials', 'said the contract was signed', '. Officials later denied that']) {
      const { start, end } = span(passage);
      const offsets = selectionOffsets(container, rangeOver(container, start, end));
      expect(offsets).toEqual({ start, end });
      expect(text.slice(offsets!.start, offsets!.end)).toBe(passage);
    }
  });

  it('reads the first range of a document selection, and boundaries given as element and child index', () => {
    const container = renderSnapshot();
    const marks = container.querySelectorAll('mark');
    const range = document.createRange();
    range.setStartBefore(marks[1]!);
    range.setEnd(container, container.childNodes.length);
    const selection = document.getSelection()!;
    selection.addRange(range);
    expect(selectionOffsets(container, selection)).toEqual({ start: span('the contract was').start, end: text.length });
  });

  it('cuts a selection reaching outside the text to the text, and ignores one wholly outside or empty', () => {
    const container = renderSnapshot();
    const fromHeading = document.createRange();
    fromHeading.setStart(document.querySelector('h2')!.firstChild!, 3);
    fromHeading.setEnd(...pointAt(container, 12));
    expect(selectionOffsets(container, fromHeading)).toEqual({ start: 0, end: 12 });

    const inHeading = document.createRange();
    inHeading.selectNodeContents(document.querySelector('h2')!);
    expect(selectionOffsets(container, inHeading)).toBeUndefined();

    const collapsed = rangeOver(container, 20, 20);
    expect(selectionOffsets(container, collapsed)).toBeUndefined();
    expect(selectionOffsets(container, document.getSelection()!)).toBeUndefined();
  });
});
