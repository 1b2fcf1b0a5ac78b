import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  deleteAnnotation,
  invertChanges,
  searchQuerySchema,
  sourceDraftSchema,
  updateIncident,
  updateSource,
  type CaseFile,
  type ObjectChange,
  type Operation,
} from '../../../shared';
import { CaseIndex } from '../../../electron/core/search/case-index';
import { searchCase } from '../../../electron/core/search/case-search';
import { searchCase as caseForSearch } from './search-case';

const environment = { now: () => new Date('2024-05-01T12:00:00.000Z'), newId: () => 'new-id' };

/**
 * A case, its index, and edits made as the store makes them: a new document from the operation's changes. The index
 * is told either the new document (and walks it) or the changes that made it, as the search service tells it.
 */
async function editableCase(telling: 'document' | 'changes' = 'document') {
  let file = caseForSearch();
  const index = new CaseIndex();
  await index.follow(file);
  const history: Operation<unknown>[] = [];
  const tell = async (changes: readonly ObjectChange[]) => {
    file = unwrapped(applyChanges(file, changes));
    await (telling === 'changes' ? index.update(file, changes) : index.follow(file));
    expect(index.current).toBe(file);
  };
  return {
    index,
    get file() {
      return file;
    },
    async edit(operation: (current: CaseFile) => Operation<unknown>) {
      const edit = operation(file);
      if (!edit.ok) throw new Error(edit.error.message);
      history.push(edit);
      await tell(edit.value.changes);
    },
    async undo() {
      const last = history.pop()!;
      if (!last.ok) throw new Error('nothing to undo');
      await tell(invertChanges(last.value.changes));
    },
    found: (text: string) => hitsOf(index, file, text),
  };
}

/** What a search finds, as `kind:id`; a passage is named by its source alone. */
function hitsOf(index: CaseIndex, file: CaseFile, text: string): string[] {
  const answer = searchCase(index, file, searchQuerySchema.parse({ caseId: file.case.id, text }));
  return answer.groups.flatMap((group) => group.hits.map((hit) => hit.id.replace(/^(passage:[^:]+):\d+$/, '$1')));
}

function unwrapped<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe.each(['document', 'changes'] as const)('the case index told the %s of each edit', (telling) => {
  it('finds an incident by its new title after an edit, and by the old one again after undo', async () => {
    const opened = await editableCase(telling);
    const incident = opened.file.incidents.find((candidate) => candidate.id === 'incident-meeting')!;
    await opened.edit((file) => updateIncident(file, incident.id, { ...incident, title: 'Handover of cash in Antwerp' }, environment));
    expect(opened.found('antwerp')).toEqual(['incident:incident-meeting']);
    expect(opened.found('zurich')).toEqual(['entity:entity-zurich']);
    await opened.undo();
    expect(opened.found('antwerp')).toEqual([]);
    expect(opened.found('zurich')).toEqual(['incident:incident-meeting', 'entity:entity-zurich']);
  });

  it('drops a deleted object, and finds it again when the deletion is undone', async () => {
    const opened = await editableCase(telling);
    expect(opened.found('camera')).toEqual(['annotation:annotation-fire']);
    await opened.edit((file) => deleteAnnotation(file, 'annotation-fire', environment));
    expect(opened.found('camera')).toEqual([]);
    await opened.undo();
    expect(opened.found('camera')).toEqual(['annotation:annotation-fire']);
  });

  it('finds a source by its new details, its passages under the new title, and a changed text anew', async () => {
    const opened = await editableCase(telling);
    const source = opened.file.sources.find((candidate) => candidate.id === 'source-ledger')!;
    const draft = (changes: object) => sourceDraftSchema.parse({ ...source, ...changes });
    await opened.edit((file) => updateSource(file, source.id, draft({ title: 'Cash book of the agency' }), environment));
    expect(opened.found('cash book')).toEqual(['source:source-ledger']);
    const passage = searchCase(opened.index, opened.file, searchQuerySchema.parse({ caseId: 'case-harbour', text: 'euros' })).groups.find(
      (group) => group.kind === 'passage',
    )!.hits[0]!;
    expect(passage.title).toBe('Cash book of the agency');
    expect(opened.found('ledger')).toEqual([]);
    const retitled = opened.file.sources.find((candidate) => candidate.id === 'source-ledger')!;
    await opened.edit((file) => updateSource(file, source.id, sourceDraftSchema.parse({ ...retitled, snapshot: { ...retitled.snapshot, text: 'Receipts for harbour dues, 2022.' } }), environment));
    expect(opened.found('euros')).toEqual([]);
    expect(opened.found('receipts')).toEqual([`passage:source-ledger`]);
  });

});

describe('the case index while it is still being built', () => {
  it('follows several edits made while it was still catching up', async () => {
    const opened = await editableCase();
    const index = new CaseIndex();
    const first = opened.file;
    const building = index.follow(first);
    const incident = first.incidents[0]!;
    const renamed = unwrapped(updateIncident(first, incident.id, { ...incident, title: 'Warehouse blaze' }, environment));
    const second = unwrapped(applyChanges(first, renamed.changes));
    const deleted = unwrapped(deleteAnnotation(second, 'annotation-case', environment));
    const third = unwrapped(applyChanges(second, deleted.changes));
    void index.follow(second);
    await index.follow(third);
    await building;
    // The retitled incident is still found by its summary; the deleted note on the case is not.
    expect(hitsOf(index, third, 'harbour')).toEqual(['incident:incident-fire', 'passage:source-report', 'quote:quote-fire', 'annotation:annotation-fire']);
    expect(hitsOf(index, third, 'blaze')).toEqual(['incident:incident-fire']);
  });

  it('walks the document changes made while it was still being built, as their changes may not fit what it holds', async () => {
    const first = caseForSearch();
    const index = new CaseIndex();
    const building = index.follow(first);
    const incident = first.incidents[0]!;
    const { changes } = unwrapped(updateIncident(first, incident.id, { ...incident, title: 'Warehouse blaze' }, environment));
    const second = unwrapped(applyChanges(first, changes));
    await index.update(second, changes);
    await building;
    expect(index.current).toBe(second);
    expect(hitsOf(index, second, 'blaze')).toEqual([`incident:${incident.id}`]);
  });
});
