import { describe, expect, it } from 'vitest';
import {
  deleteToTrash,
  deletionImpact,
  invertChanges,
  applyChanges,
  listTrash,
  purgeTrashEntry,
  restoreFromTrash,
  type CaseFile,
  type DeletableKind,
} from '../../../shared';
import { applied, byId, testEnvironment, trashTestCase } from './trash-case';

const every: [DeletableKind, (file: CaseFile) => readonly { id: string }[]][] = [
  ['incident', (file) => file.incidents],
  ['source', (file) => file.sources],
  ['quote', (file) => file.quotes],
  ['entity', (file) => file.entities],
  ['annotation', (file) => file.annotations],
  ['attachment', (file) => file.attachments],
  ['incidentLink', (file) => file.incidentLinks],
];

const cases = every.flatMap(([kind, list]) => list(trashTestCase()).map(({ id }) => [kind, id] as const));

/** Every id the case refers to anywhere outside the trash, to prove nothing still points at a deleted object. */
function referencedIds(file: CaseFile): Set<string> {
  return new Set([
    ...file.incidents.flatMap((incident) => [...incident.sourceIds, ...incident.participants.map((participant) => participant.entityId), ...incident.claims.flatMap((claim) => claim.quoteIds)]),
    ...file.quotes.flatMap((quote) => [quote.sourceId, ...quote.incidentIds]),
    ...file.annotations.map((annotation) => annotation.target.id),
    ...file.attachments.map((attachment) => attachment.target.id),
    ...file.incidentLinks.flatMap((link) => [link.fromIncidentId, link.toIncidentId]),
  ]);
}

describe('deleting to the trash and restoring, for every object of the sample case', () => {
  it.each(cases)('%s "%s": the case validates after each step and comes back equal', (kind, id) => {
    const original = trashTestCase();
    const deletion = applied(original, deleteToTrash(original, { kind, id }, testEnvironment()));
    expect(referencedIds(deletion.file).has(id)).toBe(false);
    expect(deletion.file.trash).toHaveLength(1);
    expect(deletion.file.trash[0]!.objects[0]!.value.id).toBe(id);
    expect(deletion.value).toMatchObject({ id: 'trash-1', kind, label: deletion.label });

    const restoring = applied(deletion.file, restoreFromTrash(deletion.file, 'trash-1'));
    expect(restoring.value.skipped).toEqual([]);
    expect(byId(restoring.file)).toEqual(byId(original));
  });

  it.each(cases)('%s "%s": undoing the deletion gives back the case as it was', (kind, id) => {
    const original = trashTestCase();
    const deletion = deleteToTrash(original, { kind, id }, testEnvironment());
    if (!deletion.ok) throw new Error(deletion.error.message);
    const after = applyChanges(original, deletion.value.changes);
    if (!after.ok) throw new Error(after.error.message);
    const undone = applyChanges(after.value, invertChanges(deletion.value.changes));
    expect(undone.ok && byId(undone.value)).toEqual(byId(original));
  });
});

describe('deleting a source', () => {
  const original = trashTestCase();
  const sourceId = 'source-article';
  const articleQuotes = original.quotes.filter((quote) => quote.sourceId === sourceId).map((quote) => quote.id);

  it('takes its quotes, the notes on it and on its quotes, and its files, in one entry', () => {
    const { file, label } = applied(original, deleteToTrash(original, { kind: 'source', id: sourceId }, testEnvironment()));
    expect(label).toBe('Deleted source “Terror, Traffickers, and Tehran: Inside Iran’s Secret Criminal Army in Europe” (and 8 quotes, 2 notes, 1 attachment)');
    const entry = file.trash[0]!;
    expect(entry.objects.map((object) => `${object.collection}:${object.value.id}`)).toEqual([
      `sources:${sourceId}`,
      ...articleQuotes.map((id) => `quotes:${id}`),
      'annotations:annotation-article-reliability',
      'annotations:annotation-vidal-quadras-link',
      'attachments:attachment-article-pdf',
    ]);
    expect(file.quotes.some((quote) => quote.sourceId === sourceId)).toBe(false);
    expect(file.annotations.map((annotation) => annotation.id)).not.toContain('annotation-vidal-quadras-link');
  });

  it('takes the source out of every incident citing it and its quotes out of the claims, remembering where each was', () => {
    const { file } = applied(original, deleteToTrash(original, { kind: 'source', id: sourceId }, testEnvironment()));
    const plot = file.incidents.find((incident) => incident.id === 'incident-2018-paris-rally-plot')!;
    expect(plot.sourceIds).toEqual(['source-lci-interview']);
    expect(plot.claims).toEqual([
      { id: 'claim-tatp', text: 'Assadi carried the explosives to Austria.', quoteIds: ['quote-lci-2018-example'] },
      { id: 'claim-couple', text: 'A couple was to carry out the attack.', quoteIds: [] },
    ]);
    expect(plot.updatedAt).toBe(original.incidents.find((incident) => incident.id === plot.id)!.updatedAt);
    const links = file.trash[0]!.links;
    expect(links).toContainEqual({ collection: 'incidents', id: plot.id, field: 'sourceIds.0', element: sourceId });
    expect(links).toContainEqual({ collection: 'incidents', id: plot.id, field: 'claims.0.quoteIds.0', element: { claimId: 'claim-tatp', quoteId: 'quote-article-assadi-smuggled-tatp' } });
    expect(links.filter((link) => link.field.startsWith('sourceIds'))).toHaveLength(original.incidents.filter((incident) => incident.sourceIds.includes(sourceId)).length);
  });

  it('says beforehand what goes with it and which links break, changing nothing', () => {
    const before = structuredClone(original);
    const impact = deletionImpact(original, { kind: 'source', id: sourceId });
    if (!impact.ok) throw new Error(impact.error.message);
    expect(original).toEqual(before);
    expect(impact.value.target).toMatchObject({ kind: 'source', id: sourceId, noun: 'source' });
    expect(impact.value.objects.filter((object) => object.kind === 'quote')).toHaveLength(articleQuotes.length);
    expect(impact.value.objects).toContainEqual(
      expect.objectContaining({ kind: 'annotation', id: 'annotation-vidal-quadras-link', description: expect.stringMatching(/^A note on the quote “/) }),
    );
    expect(impact.value.objects).toContainEqual(expect.objectContaining({ kind: 'attachment', title: 'attachment-article-pdf.pdf' }));
    const descriptions = impact.value.links.map((link) => link.description);
    expect(descriptions).toContain('Incident “Attempted bombing of an opposition rally near Paris” no longer cites source “Terror, Traffickers, and Tehran: Inside Iran’s Secret Criminal Army in Europe”.');
    expect(descriptions.some((text) => text.startsWith('The claim “Assadi carried the explosives to Austria.” of incident “Attempted bombing'))).toBe(true);
    expect(descriptions.some((text) => /^Incident “.+” loses the backing of quote “two suspects were arrested in Haarlem/.test(text))).toBe(true);
  });
});

describe('deleting other kinds', () => {
  it('an entity leaves every incident it took part in, with its role kept for restoring', () => {
    const original = trashTestCase();
    const entityId = 'entity-assadolah-assadi';
    const impact = deletionImpact(original, { kind: 'entity', id: entityId });
    expect(impact.ok && impact.value.links.map((link) => link.description)).toContain(
      'Person “Assadolah Assadi” is no longer listed as perpetrator in incident “Attempted bombing of an opposition rally near Paris”.',
    );
    const { file, label } = applied(original, deleteToTrash(original, { kind: 'entity', id: entityId }, testEnvironment()));
    expect(label).toBe('Deleted person “Assadolah Assadi”');
    expect(file.trash[0]!.links).toContainEqual({ collection: 'incidents', id: 'incident-2018-paris-rally-plot', field: 'participants.0', element: { entityId, role: 'perpetrator' } });
  });

  it('an incident takes its links to other incidents and its files, and leaves the quotes that backed it', () => {
    const original = trashTestCase();
    const { file, label } = applied(original, deleteToTrash(original, { kind: 'incident', id: 'incident-2018-paris-rally-plot' }, testEnvironment()));
    expect(label).toBe('Deleted incident “Attempted bombing of an opposition rally near Paris” (and 2 links, 1 note, 1 attachment)');
    const quote = file.quotes.find((candidate) => candidate.id === 'quote-lci-2018-example')!;
    expect(quote.incidentIds).toEqual(['incident-iran-drug-networks-france']);
    expect(file.quotes.find((candidate) => candidate.id === 'quote-article-assadi-smuggled-tatp')!.incidentIds).toEqual([]);
  });

  it('a quote says which incidents lose its backing and which claims cite it', () => {
    const impact = deletionImpact(trashTestCase(), { kind: 'quote', id: 'quote-lci-2018-example' });
    if (!impact.ok) throw new Error(impact.error.message);
    expect(impact.value.links.map((link) => `${link.kind}:${link.id}`).sort()).toEqual([
      'incident:incident-2018-paris-rally-plot',
      'incident:incident-2018-paris-rally-plot',
      'incident:incident-iran-drug-networks-france',
    ]);
  });

  it('refuses an object the case does not hold, saying so', () => {
    const result = deleteToTrash(trashTestCase(), { kind: 'incidentLink', id: 'gone' }, testEnvironment());
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'This case has no incident link with the id "gone"; it may have been deleted already.' } });
  });
});

describe('the trash', () => {
  it('lists entries newest first, each with what it holds in words', () => {
    let file = trashTestCase();
    let tick = 0;
    const environment = { now: () => new Date(Date.UTC(2026, 11, 2, 9, tick++)), newId: () => `entry-${tick}` };
    file = applied(file, deleteToTrash(file, { kind: 'source', id: 'source-mi5-statement' }, environment)).file;
    file = applied(file, deleteToTrash(file, { kind: 'annotation', id: 'annotation-case-method' }, environment)).file;
    expect(listTrash(file).map(({ kind, contents }) => ({ kind, contents }))).toEqual([
      { kind: 'annotation', contents: '1 note' },
      { kind: 'source', contents: '1 source, 2 quotes; 1 link to other objects' },
    ]);
  });

  it('deletes an entry for good, and then no longer finds it', () => {
    const original = trashTestCase();
    const deletion = applied(original, deleteToTrash(original, { kind: 'annotation', id: 'annotation-case-method' }, testEnvironment()));
    const purge = applied(deletion.file, purgeTrashEntry(deletion.file, 'trash-1'));
    expect(purge.label).toMatch(/^Deleted for good from the trash: note “How this sample was built\. Everything in it comes from .{10,}…”$/);
    expect(purge.file.trash).toEqual([]);
    expect(purge.file.annotations.map((annotation) => annotation.id)).not.toContain('annotation-case-method');
    expect(purgeTrashEntry(purge.file, 'trash-1')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(restoreFromTrash(purge.file, 'trash-1')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
