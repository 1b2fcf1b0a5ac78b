import { describe, expect, it } from 'vitest';
import { deleteToTrash, purgeTrashEntry, restoreFromTrash, updateIncident, type CaseFile, type DeletionTarget, type Incident } from '../../../shared';
import { applied, byId, testEnvironment, trashTestCase } from './trash-case';

const plotId = 'incident-2018-paris-rally-plot';
const environment = testEnvironment();

function remove(file: CaseFile, target: DeletionTarget): { file: CaseFile; entryId: string } {
  const deletion = applied(file, deleteToTrash(file, target, environment));
  return { file: deletion.file, entryId: deletion.value.id };
}

function incident(file: CaseFile, id = plotId): Incident {
  return file.incidents.find((candidate) => candidate.id === id)!;
}

function edit(file: CaseFile, id: string, change: (incident: Incident) => Partial<Incident>): CaseFile {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = incident(file, id);
  return applied(file, updateIncident(file, id, { ...fields, ...change(incident(file, id)) }, environment)).file;
}

describe('restoring from the trash', () => {
  it('puts links back into an incident edited meanwhile, keeping the edit', () => {
    const original = trashTestCase();
    const deleted = remove(original, { kind: 'source', id: 'source-lci-interview' });
    const edited = edit(deleted.file, plotId, (plot) => ({
      title: 'Plot against a rally at Villepinte',
      claims: plot.claims.map((claim) => ({ ...claim, text: `${claim.text} (checked)` })),
    }));
    const { file, value } = applied(edited, restoreFromTrash(edited, deleted.entryId));
    expect(value.skipped).toEqual([]);
    expect(incident(file)).toMatchObject({
      title: 'Plot against a rally at Villepinte',
      sourceIds: ['source-article', 'source-lci-interview'],
      claims: [
        { id: 'claim-tatp', text: 'Assadi carried the explosives to Austria. (checked)', quoteIds: ['quote-article-assadi-smuggled-tatp', 'quote-lci-2018-example'] },
        { id: 'claim-couple', text: 'A couple was to carry out the attack. (checked)', quoteIds: ['quote-article-belgian-iranian-couple'] },
      ],
    });
  });

  it('skips, and says so, links whose holder is gone, and references to objects that are gone', () => {
    const original = trashTestCase();
    const source = remove(original, { kind: 'source', id: 'source-mi5-statement' });
    const plots = remove(source.file, { kind: 'incident', id: 'incident-uk-disrupted-plots' });
    const { file, value, label } = applied(plots.file, restoreFromTrash(plots.file, source.entryId));
    const plotsTitle = incident(original, 'incident-uk-disrupted-plots').title;
    const sourceTitle = original.sources.find((candidate) => candidate.id === 'source-mi5-statement')!.title;
    expect(value.skipped).toContain(`Incident “${plotsTitle}” was not linked again to the source “${sourceTitle}”: it is in the trash.`);
    expect(value.skipped.filter((text) => text.endsWith(`no longer refers to the incident “${plotsTitle}”: it is in the trash.`))).toHaveLength(2);
    expect(label).toMatch(/^Restored source “Ken McCallum.*” \(and 2 quotes\); 3 links could not be put back$/);
    expect(file.quotes.filter((quote) => quote.sourceId === 'source-mi5-statement').map((quote) => quote.incidentIds)).toEqual([[], []]);

    const both = applied(file, restoreFromTrash(file, plots.entryId)).file;
    expect(incident(both, 'incident-uk-disrupted-plots').sourceIds).toEqual(['source-article']);
  });

  it('says when the claim that cited a quote is gone', () => {
    const deleted = remove(trashTestCase(), { kind: 'quote', id: 'quote-lci-2018-example' });
    const edited = edit(deleted.file, plotId, (plot) => ({ claims: plot.claims.filter((claim) => claim.id !== 'claim-tatp') }));
    const { value } = applied(edited, restoreFromTrash(edited, deleted.entryId));
    expect(value.skipped).toEqual([
      expect.stringMatching(/^Incident “Attempted bombing.*” was not linked again to the quote “.*”: the claim that cited it is no longer there\.$/),
    ]);
  });

  it('refuses a quote whose source is in the trash, restoring nothing, and restores it once the source is back', () => {
    const original = trashTestCase();
    const quote = remove(original, { kind: 'quote', id: 'quote-article-assadi-smuggled-tatp' });
    const source = remove(quote.file, { kind: 'source', id: 'source-article' });
    const refused = restoreFromTrash(source.file, quote.entryId);
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /^Nothing was restored: the quote “In that case.*” cannot stand without the source “Terror, .*”, which is no longer in the case\. Restore the source “Terror, .*” from the trash first\.$/,
    );
    const sourceBack = applied(source.file, restoreFromTrash(source.file, source.entryId)).file;
    const quoteBack = applied(sourceBack, restoreFromTrash(sourceBack, quote.entryId)).file;
    expect(byId(quoteBack)).toEqual(byId(original));
  });

  it('says a quote can no longer come back when its source was deleted for good', () => {
    const quote = remove(trashTestCase(), { kind: 'quote', id: 'quote-mi5-twenty-plots' });
    const source = remove(quote.file, { kind: 'source', id: 'source-mi5-statement' });
    const purged = applied(source.file, purgeTrashEntry(source.file, source.entryId)).file;
    const refused = restoreFromTrash(purged, quote.entryId);
    expect(!refused.ok && refused.error.message).toMatch(/cannot stand without the source "source-mi5-statement", which is no longer in the case\. The source "source-mi5-statement" was deleted for good\.$/);
  });

  it('refuses when an id is in use again, restoring nothing', () => {
    const original = trashTestCase();
    const deleted = remove(original, { kind: 'annotation', id: 'annotation-couple-entity' });
    const note = original.annotations.find((annotation) => annotation.id === 'annotation-couple-entity')!;
    const reused: CaseFile = { ...deleted.file, annotations: [...deleted.file.annotations, { ...note, body: 'Another note under the same id' }] };
    const refused = restoreFromTrash(reused, deleted.entryId);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toMatch(/^Nothing was restored: the case already holds note “Another note under the same id” with the id "annotation-couple-entity"/);
  });

  it('brings an incident back without references to what was deleted after it, saying which', () => {
    const plot = remove(trashTestCase(), { kind: 'incident', id: plotId });
    const source = remove(plot.file, { kind: 'source', id: 'source-lci-interview' });
    const { file, value } = applied(source.file, restoreFromTrash(source.file, plot.entryId));
    expect(incident(file).sourceIds).toEqual(['source-article']);
    expect(incident(file).claims[0]!.quoteIds).toEqual(['quote-article-assadi-smuggled-tatp']);
    expect(value.skipped).toContain('Incident “Attempted bombing of an opposition rally near Paris” no longer refers to the source “Bruno Retailleau, interview on LCI television”: it is in the trash.');
  });

  it('refuses an entry holding an object it cannot read, and reports a link it cannot read', () => {
    const deleted = remove(trashTestCase(), { kind: 'source', id: 'source-dutch-intelligence' });
    const entry = deleted.file.trash[0]!;
    const damagedObject: CaseFile = { ...deleted.file, trash: [{ ...entry, objects: [...entry.objects, { collection: 'quotes', value: { id: 'quote-x' } }] }] };
    expect(restoreFromTrash(damagedObject, entry.id)).toMatchObject({ ok: false, error: { code: 'case-unreadable', message: expect.stringContaining('It was left in the trash.') } });

    const damagedLink: CaseFile = { ...deleted.file, trash: [{ ...entry, links: [...entry.links, { collection: 'incidents', id: plotId, field: 'nowhere', element: 1 }] }] };
    const { value } = applied(damagedLink, restoreFromTrash(damagedLink, entry.id));
    expect(value.skipped).toEqual([`A link kept with this entry (incidents "${plotId}", nowhere) could not be read; it was not put back.`]);
    expect(value.relinked).toBe(entry.links.length);
  });
});
