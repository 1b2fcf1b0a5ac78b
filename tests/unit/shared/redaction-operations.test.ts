import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  caseFileSchema,
  invertChanges,
  type CaseFile,
  type Edit,
  type Result,
} from '../../../shared';
import { mergeEntities, updateEntity } from '../../../shared/operations/entities';
import {
  createRedactionProfile,
  deleteRedactionProfile,
  setSensitivity,
  updateRedactionProfile,
} from '../../../shared/operations/redaction';
import { partner, publicProfile, redactionCase } from './redaction-case';

const environment = { now: () => new Date('2026-01-01T12:00:00.000Z'), newId: () => 'profile-press' };

function applied<T>(file: CaseFile, operation: Result<Edit<T>>): { file: CaseFile; edit: Edit<T> } {
  if (!operation.ok) throw new Error(operation.error.message);
  const next = applyChanges(file, operation.value.changes);
  if (!next.ok) throw new Error(next.error.message);
  // Every edit must leave a case that still validates, references and all.
  caseFileSchema.parse(next.value);
  return { file: next.value, edit: operation.value };
}

const entity = (file: CaseFile, id: string) => file.entities.find((item) => item.id === id)!;

describe('marking items sensitive', () => {
  it('marks an entity sensitive, released to the profiles named, with a label a person reads', () => {
    const { file, edit } = applied(
      redactionCase(),
      setSensitivity(redactionCase(), { kind: 'entity', id: 'entity-ivan' }, true, [partner, partner], environment),
    );
    expect(entity(file, 'entity-ivan').sensitivity).toEqual({ releasedTo: [partner] });
    expect(edit.label).toBe('Marked person “Ivan Petrov” sensitive');
  });

  it('clears the mark, and says so', () => {
    const { file, edit } = applied(
      redactionCase(),
      setSensitivity(redactionCase(), { kind: 'incident', id: 'incident-secret' }, false, [], environment),
    );
    expect(file.incidents.find((incident) => incident.id === 'incident-secret')).not.toHaveProperty('sensitivity');
    expect(edit.label).toBe('Marked incident “Cash run to the fish market warehouse” as not sensitive');
  });

  it('names a quote and a note by what they are', () => {
    const quote = setSensitivity(redactionCase(), { kind: 'quote', id: 'quote-open' }, true, [], environment);
    const note = setSensitivity(redactionCase(), { kind: 'annotation', id: 'note-open' }, true, [], environment);
    expect(quote.ok && quote.value.label).toBe('Marked the quote “Ahmad Hassan met Ivan Petrov at the port…” sensitive');
    expect(note.ok && note.value.label).toBe('Marked a note on the incident sensitive');
  });

  it('refuses to release to a profile the case does not have', () => {
    expect(setSensitivity(redactionCase(), { kind: 'entity', id: 'entity-ivan' }, true, ['profile-nobody'], environment)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('releasedTo.0') },
    });
  });

  it('refuses an item the case does not hold', () => {
    expect(setSensitivity(redactionCase(), { kind: 'quote', id: 'quote-gone' }, true, [], environment)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('keeps the mark when the item is edited', () => {
    const fields = { kind: 'person' as const, name: 'Ahmad H.', aliases: [], description: '' };
    const { file } = applied(redactionCase(), updateEntity(redactionCase(), 'entity-ahmad', fields, environment));
    expect(entity(file, 'entity-ahmad').sensitivity).toEqual({ releasedTo: [] });
  });

  it('keeps the strictest mark when two entities are merged, so a merged-in name stays protected', () => {
    const { file } = applied(redactionCase(), mergeEntities(redactionCase(), 'entity-ivan', 'entity-ahmad', environment));
    expect(entity(file, 'entity-ivan')).toMatchObject({ aliases: expect.arrayContaining(['Ahmad Hassan']), sensitivity: { releasedTo: [] } });
    const holdings = mergeEntities(redactionCase(), 'entity-holdings', 'entity-ahmad', environment);
    expect(holdings.ok || holdings.error.message).toMatch(/only entities of the same kind/);
  });
});

describe('redaction profiles', () => {
  it('creates a profile', () => {
    const { file, edit } = applied(redactionCase(), createRedactionProfile(redactionCase(), { name: 'Press', pseudonymize: true }, environment));
    expect(file.redactionProfiles.map((profile) => profile.name)).toEqual(['Partner', 'Public', 'Press']);
    expect(edit.label).toBe('Created the redaction profile “Press”');
  });

  it('refuses a second profile with the same name, whatever its letter case', () => {
    expect(createRedactionProfile(redactionCase(), { name: ' public ', pseudonymize: true }, environment)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('“Public” already exists') },
    });
  });

  it('renames a profile and changes its pseudonyms, saying both', () => {
    const { file, edit } = applied(
      redactionCase(),
      updateRedactionProfile(redactionCase(), publicProfile, { name: 'Everyone', pseudonymize: true }, environment),
    );
    expect(file.redactionProfiles[1]).toMatchObject({ id: publicProfile, name: 'Everyone', pseudonymize: true });
    expect(edit.label).toBe('Renamed the redaction profile “Public” to “Everyone” and set it to show sensitive names as pseudonyms');
  });

  it('lets a profile keep its own name when only its pseudonyms change', () => {
    const { edit } = applied(
      redactionCase(),
      updateRedactionProfile(redactionCase(), partner, { name: 'Partner', pseudonymize: false }, environment),
    );
    expect(edit.label).toBe('Set the redaction profile “Partner” to leave sensitive names out');
  });

  it('deletes a profile and takes it out of every mark that released to it, items staying sensitive; undo restores both', () => {
    const original = redactionCase();
    const { file, edit } = applied(original, deleteRedactionProfile(original, partner, environment));
    expect(file.redactionProfiles.map((profile) => profile.id)).toEqual([publicProfile]);
    expect(entity(file, 'entity-holdings').sensitivity).toEqual({ releasedTo: [] });
    expect(edit.label).toBe('Deleted the redaction profile “Partner” (1 sensitive item was released to it)');
    const undone = applyChanges(file, invertChanges(edit.changes));
    if (!undone.ok) throw new Error(undone.error.message);
    // Undo puts the profile back at the end of the list; what matters is that everything is as it was.
    const byId = (list: readonly { id: string }[]) => [...list].sort((left, right) => left.id.localeCompare(right.id));
    expect(byId(undone.value.redactionProfiles)).toEqual(byId(original.redactionProfiles));
    expect(undone.value.entities).toEqual(original.entities);
  });

  it('refuses to change or delete a profile the case does not have', () => {
    expect(deleteRedactionProfile(redactionCase(), 'profile-gone', environment)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(updateRedactionProfile(redactionCase(), 'profile-gone', { name: 'X', pseudonymize: true }, environment)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
