import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const passage = 'the harbour contract was signed in March';
const article = `The minister told parliament that ${passage}, weeks before the tender closed.\n\nOfficials denied it.`;
const rewritten = 'The minister told parliament nothing about the tender.\n\nOfficials denied it.';

/** Just what the page's DOM offers that these steps use: the e2e tests compile without the DOM's types. */
interface TextNode {
  readonly textContent: string | null;
}
interface PageDocument {
  querySelector(selector: string): unknown;
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): TextNode | null };
  createRange(): { setStart(node: TextNode, offset: number): void; setEnd(node: TextNode, offset: number): void };
  getSelection(): { removeAllRanges(): void; addRange(range: unknown): void } | null;
}
interface PageGlobals {
  readonly document: PageDocument;
  readonly navigator: { readonly clipboard: { writeText(text: string): Promise<void> } };
}

/** Selects `words` in the rendered snapshot with a DOM Range, as a user dragging over them would. */
async function selectInSnapshot(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const { document } = globalThis as unknown as PageGlobals;
    const showText = 4; // NodeFilter.SHOW_TEXT
    const walker = document.createTreeWalker(document.querySelector('[aria-labelledby="snapshot-heading"] .panel'), showText);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = (node.textContent ?? '').indexOf(wanted);
      if (start < 0) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the snapshot text.`);
  }, words);
}

/** Puts `text` on the clipboard and pastes it with the keyboard into the focused field, as a user would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((copied) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(copied), text);
  await page.keyboard.press('Control+V');
}

test('a passage selected in a new source becomes a highlighted quote, and is shown orphaned once the text loses it', async ({ host, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(host.url);
  await page.getByLabel('Name').fill('Harbour contract inquiry');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour contract inquiry' })).toBeVisible();

  await page.getByRole('link', { name: 'New source' }).click();
  const editor = page.getByRole('form', { name: 'New source' });
  await editor.getByLabel('Title').fill('Parliament record, 12 May');
  const snapshot = editor.getByLabel('Snapshot text');
  await snapshot.focus();
  await paste(page, article);
  await expect(snapshot).toHaveValue(article);
  await editor.getByRole('button', { name: 'Create source' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Parliament record, 12 May' })).toBeVisible();

  await selectInSnapshot(page, passage);
  await expect(page.getByRole('button', { name: 'Quote the selection' })).toBeVisible();
  await page.keyboard.press('Control+Alt+Q');
  const composer = page.getByRole('dialog', { name: 'New quote' });
  await expect(composer.getByRole('blockquote')).toHaveText(`“${passage}”`);
  await composer.getByLabel('Credibility').selectOption({ label: '2 — Probably true' });
  await composer.getByRole('button', { name: 'Save quote' }).click();
  await expect(composer).toBeHidden();

  await expect(page).toHaveURL(/[?&]quote=/);
  await expect(page.locator('mark.quote-mark')).toHaveText([passage]);
  const quotes = page.getByRole('complementary', { name: /^Quotes/ }).getByRole('listitem');
  await expect(quotes).toHaveCount(1);
  await expect(quotes).toContainText(passage);
  await expect(quotes).toContainText('Credibility 2 — Probably true');

  await page.getByRole('link', { name: 'Edit source' }).click();
  const edit = page.getByRole('form', { name: 'Edit source' });
  await edit.getByLabel('Snapshot text').fill(rewritten);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Parliament record, 12 May' })).toBeVisible();
  await expect(page.locator('mark.quote-mark')).toHaveCount(0);
  await expect(quotes).toHaveCount(1);
  await expect(quotes).toContainText(passage);
  await expect(quotes).toContainText('Orphaned — no longer found in the text');
});
