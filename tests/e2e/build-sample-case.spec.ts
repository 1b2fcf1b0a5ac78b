import type { AnnotationDefinition } from '../../seeds/definition/types';
import { sampleCaseDefinition as definition } from '../../seeds/sample-case.definition';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { addAnnotation, addEntity, addIncident, addSource, createCase, setAuthorName, type DefinitionNames } from './keyboard-build';
import { caseByNames } from './keyboard-compare';
import { addLink, addQuote, openIncident, openSource } from './keyboard-evidence';
import { expectFocusVisible, runCommand } from './keyboard-helpers';
import { sampleCase } from './sample';

function find<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`The sample case definition has no object with the id "${id}".`);
  return found;
}

const names: DefinitionNames = {
  sourceTitle: (id) => find(definition.sources, id).title,
  entity: (id) => find(definition.entities, id),
  incidentTitle: (id) => find(definition.incidents, id).title,
};

const notesOn = (kind: AnnotationDefinition['target']['kind'], id?: string) =>
  definition.annotations.filter((annotation) => annotation.target.kind === kind && (id === undefined || annotation.target.id === id));

test('the sample case is built by hand from its article, from an empty case, with the keyboard, and every quote verifies', async ({ host, page, request }) => {
  // Hundreds of fields typed and checked one by one: minutes on a busy two-core machine, not the default 30 s.
  test.setTimeout(300_000);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Case library' })).toBeVisible();
  await setAuthorName(page, definition.annotationAuthor);
  const caseId = await createCase(page, definition.case);

  await runCommand(page, 'Go to people and organisations');
  for (const entity of definition.entities) await addEntity(page, entity);
  await expectFocusVisible(page);
  for (const annotation of notesOn('entity')) {
    await addAnnotation(page, annotation, page.getByRole('article', { name: names.entity(annotation.target.id).name, exact: true }));
  }

  for (const source of definition.sources) {
    await addSource(page, source);
    for (const annotation of notesOn('source', source.id)) await addAnnotation(page, annotation);
  }

  for (const incident of definition.incidents) {
    await addIncident(page, incident, names);
    for (const annotation of notesOn('incident', incident.id)) await addAnnotation(page, annotation);
  }
  for (const link of definition.incidentLinks) {
    await openIncident(page, names.incidentTitle(link.fromIncidentId), definition.incidents.length);
    await addLink(page, link, names);
    await expectFocusVisible(page);
  }

  for (const source of definition.sources) {
    await openSource(page, source.title);
    for (const quote of definition.quotes.filter((candidate) => candidate.sourceId === source.id)) {
      await addQuote(page, quote, source.snapshot?.text ?? '', names);
      for (const annotation of notesOn('quote', quote.id)) await addAnnotation(page, annotation, page.getByRole('region', { name: 'Selected quote' }));
    }
  }

  await runCommand(page, 'Go to the case overview');
  for (const annotation of notesOn('case')) await addAnnotation(page, annotation);

  // "Verify case" checks the history and every quote against its source's text.
  await runCommand(page, 'Go to history');
  await runCommand(page, 'Verify case');
  const verifyPanel = page.getByRole('region', { name: 'Verify case' });
  await expect(verifyPanel.getByRole('status')).toContainText('Intact:');
  const quoteCount = definition.quotes.length;
  await expect(verifyPanel.getByText(/quotes verified/)).toHaveText(`${quoteCount} of ${quoteCount} quotes verified against their sources’ text.`);

  // What was typed is the sample case, object by object: ids and timestamps aside, everything named by what it is.
  const built = await callApi(request, host, 'case.get', { caseId });
  const expected = caseByNames(sampleCase);
  const actual = caseByNames(built);
  expect(actual.case).toEqual(expected.case);
  expect(actual.entities).toEqual(expected.entities);
  expect(actual.sources).toEqual(expected.sources);
  expect(actual.incidents).toEqual(expected.incidents);
  expect(actual.quotes).toEqual(expected.quotes);
  expect(actual.annotations).toEqual(expected.annotations);
  expect(actual.incidentLinks).toEqual(expected.incidentLinks);
  expect(actual).toEqual(expected);
});
