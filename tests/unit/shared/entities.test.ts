import { describe, expect, it } from 'vitest';
import { applyChanges, caseFileSchema, entitySchema, invertChanges, type CaseFile, type Edit, type Result } from '../../../shared';
import { entityDraftSchema } from '../../../shared/channels/entities';
import { cleanAliases, createEntity, mergeEntities, updateEntity } from '../../../shared/operations/entities';
import { dealCase } from './entities-case';

const environment = { now: () => new Date('2024-06-01T08:00:00.000Z'), newId: () => 'entity-new' };
const later = '2024-06-01T08:00:00.000Z';

function editOf<T>(result: Result<Edit<T>>): Edit<T> {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function applied(file: CaseFile, edit: Edit<unknown>): CaseFile {
  const next = applyChanges(file, edit.changes);
  if (!next.ok) throw new Error(next.error.message);
  return next.value;
}

const draft = (fields: object) => entityDraftSchema.parse(fields);

describe('aliases', () => {
  it('are trimmed, kept once whatever their letter case in any script, and never repeat the name', () => {
    expect(cleanAliases('Ivan Petrov', [' Vanya ', 'VANYA', 'ivan  petrov', 'ИВАН', 'иван', 'Ivan'])).toEqual(['Vanya', 'ИВАН', 'Ivan']);
  });

  it('treat the composed and decomposed spelling of a letter as one', () => {
    expect(cleanAliases('José', ['Jose\u0301', 'Jos\u00e9', 'Pepe'])).toEqual(['Pepe']);
  });
});

describe('creating and editing an entity', () => {
  it('creates it with its aliases cleaned, an id and timestamps, and a label naming it', () => {
    const edit = editOf(createEntity(dealCase(), draft({ kind: 'organisation', name: ' Blue Anchor Ltd ', aliases: ['Blue Anchor', 'BLUE ANCHOR', 'blue anchor ltd'] }), environment));
    expect(edit.value).toMatchObject({ id: 'entity-new', name: 'Blue Anchor Ltd', aliases: ['Blue Anchor'], description: '', createdAt: later, updatedAt: later });
    expect(entitySchema.parse(edit.value)).toEqual(edit.value);
    expect(edit.label).toBe('Created organisation “Blue Anchor Ltd”');
  });

  it('edits name, kind, aliases and description, keeping its id and when it was created', () => {
    const edit = editOf(updateEntity(dealCase(), 'entity-holdings', draft({ kind: 'organisation', name: 'Harbour Holdings SA', aliases: ['Harbour Holdings', 'harbour holdings sa'], description: 'Shell company.' }), environment));
    expect(edit.value).toMatchObject({ id: 'entity-holdings', aliases: ['Harbour Holdings'], description: 'Shell company.', createdAt: '2024-03-01T10:00:00.000Z', updatedAt: later });
    expect(edit.label).toBe('Edited organisation “Harbour Holdings SA”');
  });

  it('refuses to edit an entity the case does not hold, naming its id', () => {
    const result = updateEntity(dealCase(), 'entity-gone', draft({ kind: 'person', name: 'X' }), environment);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('"entity-gone"') } });
  });

  it('refuses an empty alias at the boundary, naming the field', () => {
    const parsed = entityDraftSchema.safeParse({ kind: 'person', name: 'X', aliases: ['  '] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['aliases', 0], message: 'must not be empty' });
  });
});

describe('merging the Cyrillic record of Ivan Petrov into the Latin one', () => {
  const file = dealCase();
  const edit = editOf(mergeEntities(file, 'entity-ivan', 'entity-ivan-cyrillic', environment));
  const merged = applied(file, edit);
  const incident = (id: string) => merged.incidents.find((candidate) => candidate.id === id)!;

  it('gives the kept one the other’s name and aliases as aliases, once each, and appends its description', () => {
    expect(edit.value).toMatchObject({ id: 'entity-ivan', name: 'Ivan Petrov', aliases: ['Ivan', 'Иван Петров', 'Иван'], description: 'Signed the deal.\n\nSeen at the port.' });
    expect(edit.label).toBe('Merged “Иван Петров” into “Ivan Petrov”');
  });

  it('points every participant at the kept one, listing a role it already had once and keeping a different role', () => {
    expect(incident('incident-signing').participants).toEqual([
      { entityId: 'entity-ivan', role: 'official' },
      { entityId: 'entity-ivan', role: 'perpetrator' },
      { entityId: 'entity-holdings', role: 'intermediary' },
    ]);
    expect(incident('incident-signing').updatedAt).toBe(later);
    expect(incident('incident-visit').participants).toEqual([{ entityId: 'entity-ivan', role: 'witness' }]);
    expect(incident('incident-undated')).toEqual(file.incidents.find((candidate) => candidate.id === 'incident-undated'));
  });

  it('moves the notes on it without marking them edited, and retargets what the trash holds', () => {
    const note = merged.annotations.find((annotation) => annotation.id === 'note-cyrillic')!;
    expect(note).toMatchObject({ target: { kind: 'entity', id: 'entity-ivan' }, updatedAt: note.createdAt });
    expect(merged.trash[0]!.objects[0]!.value).toMatchObject({ participants: [{ entityId: 'entity-ivan', role: 'target' }] });
  });

  it('removes the merged entity and leaves no reference to it anywhere; the case still validates', () => {
    expect(merged.entities.map((entity) => entity.id)).not.toContain('entity-ivan-cyrillic');
    expect(JSON.stringify(merged)).not.toContain('entity-ivan-cyrillic');
    expect(caseFileSchema.safeParse(merged).success).toBe(true);
  });

  it('is one edit that undoing reverses exactly (a re-created object goes back at the end of its list)', () => {
    const undone = applied(merged, { ...edit, changes: invertChanges(edit.changes) });
    const byId = (entities: CaseFile['entities']) => [...entities].sort((first, second) => first.id.localeCompare(second.id));
    expect({ ...undone, entities: byId(undone.entities) }).toEqual({ ...file, entities: byId(file.entities) });
  });
});

describe('merges refused', () => {
  const refusal = (file: CaseFile, keepId: string, mergeId: string) => {
    const result = mergeEntities(file, keepId, mergeId, environment);
    if (result.ok) throw new Error('The merge was not refused.');
    return result.error;
  };

  it('refuses merging an entity into itself', () => {
    expect(refusal(dealCase(), 'entity-ivan', 'entity-ivan')).toEqual({ code: 'invalid-input', message: expect.stringContaining('cannot be merged into itself') });
  });

  it('refuses merging across kinds, saying how to proceed if one was recorded as the wrong kind', () => {
    const error = refusal(dealCase(), 'entity-holdings', 'entity-ivan');
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('“Ivan Petrov” is a person and “Harbour Holdings” an organisation');
    expect(error.message).toContain('change its kind first');
  });

  it('names a missing entity', () => {
    expect(refusal(dealCase(), 'entity-ivan', 'entity-gone')).toMatchObject({ code: 'not-found', message: expect.stringContaining('"entity-gone"') });
  });

  it('refuses a merge that would give the kept entity more aliases or description than it can hold', () => {
    const file = dealCase();
    const many = { ...file.entities[1]!, aliases: Array.from({ length: 100 }, (_, index) => `Alias ${index}`) };
    const crowded = { ...file, entities: file.entities.map((entity) => (entity.id === many.id ? many : entity)) };
    expect(refusal(crowded, 'entity-ivan', many.id).message).toMatch(/have 102 different aliases between them; an entity keeps at most 100/);
    const long = { ...file.entities[1]!, description: 'x'.repeat(19_990) };
    const wordy = { ...file, entities: file.entities.map((entity) => (entity.id === long.id ? long : entity)) };
    expect(refusal(wordy, 'entity-ivan', long.id).message).toMatch(/descriptions of 20008 characters together/);
  });
});
