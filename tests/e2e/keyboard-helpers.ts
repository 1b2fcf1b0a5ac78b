import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Just what the page's DOM offers that these helpers use: the e2e tests compile without the DOM's types. */
interface PageElement {
  readonly ownerDocument: PageDocument;
  readonly tabIndex: number;
  readonly disabled?: boolean;
  readonly type?: string;
  readonly name?: string;
  readonly checked?: boolean;
  readonly value?: string;
  readonly options?: ArrayLike<{ readonly value: string; readonly textContent: string | null }>;
  readonly selectedIndex?: number;
  readonly textContent: string | null;
  matches(selector: string): boolean;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  compareDocumentPosition(other: PageElement): number;
  closest(selector: string): PageElement | null;
  getClientRects(): ArrayLike<unknown>;
}
interface PageDocument {
  readonly activeElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): PageElement | null };
  createRange(): { setStart(node: PageElement, offset: number): void; setEnd(node: PageElement, offset: number): void };
  getSelection(): { removeAllRanges(): void; addRange(range: unknown): void } | null;
}
interface PageGlobals {
  readonly document: PageDocument;
  getComputedStyle(element: PageElement): { readonly outlineStyle: string; readonly outlineWidth: string };
}

/** How many Tab presses a field may be away before it counts as out of the keyboard's reach. */
const tabLimit = 150;

/**
 * How many presses of Tab (positive) or Shift+Tab (negative) should move the focus to `element`, counted over the
 * page's tab stops in document order (Dossier sets no positive tabindex), within an open modal dialog if there is
 * one, a radio group counting once. From an element that is not a stop itself (a screen focused as a whole), Tab
 * goes to the first stop after it. Undefined when the focus is on nothing, or the element is not a tab stop.
 */
function tabDistance(element: unknown): number | undefined {
  const target = element as PageElement;
  const document = target.ownerDocument;
  const scope: Pick<PageDocument, 'querySelectorAll'> = document.querySelector('dialog[open]:modal') ?? document;
  const isStop = (candidate: PageElement) => {
    if (candidate.tabIndex < 0 || candidate.disabled || candidate.getClientRects().length === 0) return false;
    if (candidate.type !== 'radio' || candidate.checked) return true;
    const group = Array.from(document.querySelectorAll(`input[type="radio"][name="${candidate.name ?? ''}"]`));
    return !group.some((radio) => radio.checked) && group[0] === candidate;
  };
  const stops = Array.from(scope.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')).filter(isStop);
  const focused = document.activeElement;
  const to = stops.indexOf(target);
  if (!focused || to < 0 || focused.matches('body')) return undefined;
  const from = stops.indexOf(focused);
  if (from >= 0) return to - from;
  const following = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const before = stops.filter((stop) => (stop.compareDocumentPosition(focused) & following) !== 0).length;
  return to >= before ? to - before + 1 : to - before;
}

const isFocused = (element: unknown) => (element as PageElement).ownerDocument.activeElement === element;

/**
 * Moves the focus to `target` with Tab, or Shift+Tab when it lies behind, as a keyboard user moves through a
 * screen; fails when it is not reached, which means the control cannot be reached from the keyboard. The presses
 * needed are counted first and made at once, then checked; if the count was off, it goes on one press at a time.
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`${target.toString()} is not on the page.`);
  const distance = await handle.evaluate(tabDistance);
  if (distance === 0) return handle.dispose();
  const key = distance !== undefined && distance < 0 ? 'Shift+Tab' : 'Tab';
  for (let press = 0; press < Math.abs(distance ?? 0); press++) await page.keyboard.press(key);
  for (let presses = 0; presses < tabLimit; presses++) {
    if (await handle.evaluate(isFocused)) return handle.dispose();
    await page.keyboard.press(key);
  }
  await handle.dispose();
  await expect(target, `not reached with ${tabLimit} presses of ${key}`).toBeFocused();
}

/** Tabs to a field and types into it: long text is inserted at once, as a paste would. Empty text types nothing. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  if (text === '') return;
  await tabTo(page, field);
  await page.keyboard.insertText(text);
}

/** Replaces what a field holds, from the keyboard: select all, then type over it. */
export async function retype(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.insertText(text);
}

/** An option of a <select>, by its value or by its text. */
export type OptionChoice = { readonly value: string } | { readonly label: string };

/** Tabs to a <select> and chooses one of its options with the arrow keys, as the keyboard does without opening it. */
export async function chooseWithArrows(page: Page, select: Locator, choice: OptionChoice): Promise<void> {
  await tabTo(page, select);
  const { from, to, count } = await page.evaluate((wanted) => {
    const element = (globalThis as unknown as PageGlobals).document.activeElement;
    const options = Array.from(element?.options ?? []);
    const index = options.findIndex((option) => ('value' in wanted ? option.value === wanted.value : option.textContent === wanted.label));
    return { from: element?.selectedIndex ?? 0, to: index, count: options.length };
  }, choice);
  expect(to, `${select.toString()} has no option ${JSON.stringify(choice)}`).toBeGreaterThanOrEqual(0);
  // Home and End jump to either end, so a long list is crossed in as few presses as a user would make.
  const [start, jump] = Math.abs(to - from) <= Math.min(to, count - 1 - to) + 1 ? [from, undefined] : to < count - 1 - to ? [0, 'Home'] : [count - 1, 'End'];
  if (jump) await page.keyboard.press(jump);
  for (let step = 0; step < Math.abs(to - start); step++) await page.keyboard.press(to > start ? 'ArrowDown' : 'ArrowUp');
  const chosen = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.selectedIndex);
  expect(chosen, `the arrow keys did not choose ${JSON.stringify(choice)}`).toBe(to);
}

/** Sets a checkbox with Space, after tabbing to it. */
export async function setCheckbox(page: Page, checkbox: Locator, checked: boolean): Promise<void> {
  await tabTo(page, checkbox);
  const isChecked = () => page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.checked === true);
  if ((await isChecked()) !== checked) await page.keyboard.press('Space');
  expect(await isChecked(), `${checkbox.toString()} is not ${checked ? 'checked' : 'unchecked'}`).toBe(checked);
}

/** Runs a command from the Ctrl+K palette: types its title, checks it is the first match, and presses Enter. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: 'Type a command' });
  await expect(input).toBeFocused();
  await page.keyboard.insertText(title);
  await expect(page.getByRole('listbox', { name: 'Commands' }).getByRole('option').first()).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
}

/** The focused element shows where the keyboard is: it matches :focus-visible and draws an outline. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const shown = await page.evaluate(() => {
    const globals = globalThis as unknown as PageGlobals;
    const focused = globals.document.activeElement;
    if (!focused || !focused.matches(':focus-visible')) return 'no element matches :focus-visible';
    const style = globals.getComputedStyle(focused);
    return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'visible' : `outline ${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(shown).toBe('visible');
}

/**
 * Selects the characters [start, end) of the rendered snapshot text with a DOM Range, as a user dragging over them
 * would. The text is drawn in several Text nodes (quote highlights cut it), so offsets are counted across all of them.
 */
export async function selectInSnapshot(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([from, to]) => {
      const { document } = globalThis as unknown as PageGlobals;
      const showText = 4; // NodeFilter.SHOW_TEXT
      const walker = document.createTreeWalker(document.querySelector('[aria-labelledby="snapshot-heading"] .panel'), showText);
      const range = document.createRange();
      let before = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node.textContent ?? '').length;
        if (!started && from <= before + length) {
          range.setStart(node, from - before);
          started = true;
        }
        if (started && to <= before + length) {
          range.setEnd(node, to - before);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
        before += length;
      }
      throw new Error(`Characters ${from}–${to} are not in the snapshot text (${before} characters).`);
    },
    [start, end] as const,
  );
}
