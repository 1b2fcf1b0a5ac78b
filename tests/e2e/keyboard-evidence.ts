import type { Page } from '@playwright/test';
import type { IncidentLinkDefinition, QuoteDefinition } from '../../seeds/definition/types';
import { expect } from './fixtures';
import { chooseWithArrows, expectFocusVisible, retype, runCommand, selectInSnapshot, setCheckbox, tabTo } from './keyboard-helpers';
import type { DefinitionNames } from './keyboard-build';

/** Opens a source from the case overview's list of sources, by the keyboard. */
export async function openSource(page: Page, title: string): Promise<void> {
  await runCommand(page, 'Go to the case overview');
  await tabTo(page, page.getByRole('link', { name: title, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens an incident from the case's incident list: one tab stop, then the arrow keys, then Enter. */
export async function openIncident(page: Page, title: string, count: number): Promise<void> {
  await runCommand(page, 'Go to the case overview');
  await tabTo(page, page.locator('a[data-item-id][tabindex="0"]'));
  await page.keyboard.press('Home');
  const focused = page.locator('a[data-item-id]:focus');
  for (let step = 0; step < count; step++) {
    if ((await focused.textContent())?.includes(title)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(focused).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/**
 * Quotes a passage of the source on view: selects its words in the rendered text, then Ctrl+Alt+Q, its credibility
 * and the incidents it supports, and Ctrl+Enter to save. Resolves once the saved quote is the selected one.
 */
export async function addQuote(page: Page, quote: QuoteDefinition, snapshotText: string, names: DefinitionNames): Promise<void> {
  const start = snapshotText.indexOf(quote.exact);
  expect(start, `“${quote.exact}” is not in the snapshot of ${quote.sourceId}`).toBeGreaterThanOrEqual(0);
  await selectInSnapshot(page, start, start + quote.exact.length);
  await expect(page.getByRole('button', { name: 'Quote the selection' })).toBeVisible();
  await page.keyboard.press('Control+Alt+Q');
  const composer = page.getByRole('dialog', { name: 'New quote' });
  await expect(composer.getByRole('blockquote')).toHaveText(`“${quote.exact}”`);
  const credibility = composer.getByLabel('Credibility');
  await expect(credibility).toBeFocused();
  await chooseWithArrows(page, credibility, { value: String(quote.credibility) });
  for (const incidentId of quote.incidentIds) {
    const title = names.incidentTitle(incidentId);
    await retype(page, composer.getByRole('searchbox', { name: 'Filter incidents' }), title);
    await setCheckbox(page, composer.getByRole('checkbox', { name: title }), true);
  }
  await expect(composer.getByText(`(${quote.incidentIds.length} chosen)`)).toBeVisible();
  await expectFocusVisible(page);
  await page.keyboard.press('Control+Enter');
  await expect(composer).toBeHidden();
  await expect(page).toHaveURL(/[?&]quote=/);
  const selected = page.getByRole('region', { name: 'Selected quote' });
  await expect(selected.getByRole('blockquote').first()).toHaveText(`“${quote.exact}”`);
}

/** Links the incident on view to another, from the Add link dialog; the other is found by typing its title. */
export async function addLink(page: Page, link: IncidentLinkDefinition, names: DefinitionNames): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Add link' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Link another incident' });
  const kind = dialog.getByLabel('This incident is');
  await expect(kind).toBeFocused();
  // The choices made from the incident on view carry the kind itself as their value.
  await chooseWithArrows(page, kind, { value: link.kind });
  const other = names.incidentTitle(link.toIncidentId);
  await retype(page, dialog.getByLabel('Find an incident'), other);
  await expect(dialog.getByRole('radio', { name: other })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: /^Linked incidents/ }).getByRole('link', { name: other, exact: true })).toBeVisible();
}
