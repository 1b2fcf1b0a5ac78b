import type { Locator, Page } from '@playwright/test';
import type { AnnotationDefinition, EntityDefinition, IncidentDefinition, SourceDefinition } from '../../seeds/definition/types';
import { capitalised, roleLabel } from '../../renderer/lib/labels';
import { expect } from './fixtures';
import { chooseWithArrows, expectFocusVisible, runCommand, setCheckbox, tabTo, typeInto } from './keyboard-helpers';

/** Names by the definition's ids: the case built by hand has ids of its own, so objects are found by name. */
export interface DefinitionNames {
  readonly sourceTitle: (id: string) => string;
  readonly entity: (id: string) => EntityDefinition;
  readonly incidentTitle: (id: string) => string;
}

/** The id the app shows in its address after `marker`, e.g. the new case's after "/cases/". */
export function idInAddress(page: Page, marker: string): string {
  const hash = new URL(page.url()).hash;
  const id = hash.split(marker)[1]?.split(/[/?]/)[0];
  if (!id) throw new Error(`No id after "${marker}" in ${page.url()}.`);
  return decodeURIComponent(id);
}

/** Says who writes the annotations, in Settings (from the palette). */
export async function setAuthorName(page: Page, author: string): Promise<void> {
  await runCommand(page, 'Settings');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await typeInto(page, dialog.getByLabel('Your name as author'), author);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Creates an empty case from the library's "New case" command; resolves with its id. */
export async function createCase(page: Page, details: { readonly name: string; readonly summary: string }): Promise<string> {
  await runCommand(page, 'New case');
  const name = page.getByLabel('Name', { exact: false });
  await expect(name).toBeFocused();
  await page.keyboard.insertText(details.name);
  await typeInto(page, page.getByLabel('Summary'), details.summary);
  await expectFocusVisible(page);
  await tabTo(page, page.getByRole('button', { name: 'Create case' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: details.name })).toBeVisible();
  return idInAddress(page, '/cases/');
}

/** Adds a person, organisation or place on the people screen, which must be on view. */
export async function addEntity(page: Page, entity: EntityDefinition): Promise<void> {
  const add = page.getByRole('button', { name: 'Add person, organisation or place' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'New person, organisation or place' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await page.keyboard.insertText(entity.name);
  await chooseWithArrows(page, form.getByLabel('Kind'), { value: entity.kind });
  await typeInto(page, form.getByLabel('Also known as'), (entity.aliases ?? []).join('\n'));
  await typeInto(page, form.getByLabel('Description'), entity.description ?? '');
  await tabTo(page, form.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('article', { name: entity.name, exact: true })).toBeVisible();
  // Ready for the next one: the keyboard is back on the Add button.
  await expect(add).toBeFocused();
}

/** Creates a source with Ctrl+Alt+S from any case screen; resolves with its id once its own screen shows. */
export async function addSource(page: Page, source: SourceDefinition): Promise<string> {
  await page.keyboard.press('Control+Alt+S');
  const form = page.getByRole('form', { name: 'New source' });
  const kind = form.getByLabel('Kind');
  await expect(kind).toBeFocused();
  await chooseWithArrows(page, kind, { value: source.kind ?? 'document' });
  await typeInto(page, form.getByLabel('Title'), source.title);
  await expectFocusVisible(page);
  await typeInto(page, form.getByLabel('Author'), source.author ?? '');
  await typeInto(page, form.getByLabel('Publisher'), source.publisher ?? '');
  await typeInto(page, form.getByLabel('Published'), source.published ?? '');
  await typeInto(page, form.getByLabel('Accessed'), source.accessed ?? '');
  await typeInto(page, form.getByLabel('Address (URL)'), source.url ?? '');
  await chooseWithArrows(page, form.getByLabel('Reliability'), { value: source.reliability ?? 'F' });
  await typeInto(page, form.getByLabel('Snapshot text'), source.snapshot?.text ?? '');
  await typeInto(page, form.getByLabel('Origin'), source.snapshot?.origin ?? '');
  // Enter in a text field submits its form.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: source.title })).toBeVisible();
  return idInAddress(page, '/sources/');
}

/** Creates an incident with Ctrl+Alt+N from any case screen; resolves once its own screen shows. */
export async function addIncident(page: Page, incident: IncidentDefinition, names: DefinitionNames): Promise<void> {
  await page.keyboard.press('Control+Alt+N');
  const form = page.getByRole('form', { name: 'New incident' });
  await expect(form.getByLabel('Title')).toBeFocused();
  await page.keyboard.insertText(incident.title);
  await typeInto(page, form.getByLabel('Date'), incident.date ?? '');
  await typeInto(page, form.getByLabel('Place'), incident.place ?? '');
  await chooseWithArrows(page, form.getByLabel('Status'), { value: incident.status ?? 'alleged' });
  await typeInto(page, form.getByLabel('Summary'), incident.summary ?? '');
  await typeInto(page, form.getByLabel('Tags'), (incident.tags ?? []).join(', '));
  for (const sourceId of incident.sourceIds ?? []) {
    await setCheckbox(page, form.getByRole('checkbox', { name: names.sourceTitle(sourceId) }), true);
  }
  const participants = incident.participants ?? [];
  for (const [index, participant] of participants.entries()) {
    await tabTo(page, form.getByRole('button', { name: 'Add person or organisation' }));
    await page.keyboard.press('Enter');
    const who = form.getByLabel(`Person or organisation ${index + 1}`, { exact: true });
    // The new row takes the cursor.
    await expect(who).toBeFocused();
    const entity = names.entity(participant.entityId);
    await chooseWithArrows(page, who, { label: `${entity.name} (${capitalised(entity.kind)})` });
    await chooseWithArrows(page, form.getByLabel(`Role ${index + 1}`, { exact: true }), { label: roleLabel(participant.role) });
  }
  await tabTo(page, form.getByRole('button', { name: 'Create incident' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: incident.title })).toBeVisible();
}

/**
 * Writes a note: with Ctrl+Alt+M when it is on the screen's own subject, else with the "Add annotation" button of
 * the region given. The form opens with the cursor in the note, and gives the keyboard back to "Add annotation".
 */
export async function addAnnotation(page: Page, annotation: AnnotationDefinition, region?: Locator): Promise<void> {
  const scope = region ?? page;
  if (region) {
    await tabTo(page, region.getByRole('button', { name: 'Add annotation' }));
    await page.keyboard.press('Enter');
  } else {
    // The shortcut belongs to the screen's notes section, there once the screen has read its subject.
    await expect(page.getByRole('button', { name: 'Add annotation' }).first()).toBeVisible();
    await page.keyboard.press('Control+Alt+M');
  }
  const form = scope.getByRole('form', { name: 'New annotation' });
  const body = form.getByLabel('Annotation');
  await expect(body).toBeFocused();
  await page.keyboard.insertText(annotation.body);
  await expect(body).toHaveValue(annotation.body);
  const tags = annotation.tags ?? [];
  await tabTo(page, form.getByLabel('Tags'));
  if (tags.length > 0) await page.keyboard.insertText(`${tags.join(', ')},`);
  await expect(form.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(tags.length);
  await setCheckbox(page, form.getByLabel('This is my own judgement, not sourced fact'), annotation.analystJudgement ?? false);
  await tabTo(page, form.getByRole('button', { name: 'Save annotation' }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(scope.getByRole('button', { name: 'Add annotation' }).first()).toBeFocused();
}
