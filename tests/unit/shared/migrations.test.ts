import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrateCaseFile } from '../../../shared';

/** A version-0 document as early files were written: no schemaVersion, empty collections left out. */
const versionZero = {
  case: { id: 'old-case', name: 'Old case', summary: '', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
  incidents: [
    {
      id: 'incident-1',
      title: 'Something happened',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    },
  ],
};

describe('case file migrations', () => {
  it('brings a version-0 document to the current schema, filling what it left out', () => {
    const migrated = migrateCaseFile(versionZero);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.value.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.value.quotes).toEqual([]);
    expect(migrated.value.incidents[0]).toMatchObject({ status: 'alleged', date: '', tags: [] });
  });

  it('does not change the document it was given', () => {
    const input = structuredClone(versionZero);
    migrateCaseFile(input);
    expect(input).toEqual(versionZero);
  });

  it('refuses a document from a newer Dossier, saying which version', () => {
    expect(migrateCaseFile({ schemaVersion: currentSchemaVersion + 1 })).toMatchObject({
      ok: false,
      error: { code: 'case-unreadable', message: expect.stringContaining(`schema ${currentSchemaVersion + 1}`) },
    });
  });

  it.each([[null], [[]], ['text'], [{ schemaVersion: 'one' }], [{ schemaVersion: -1 }]])('refuses %j', (input) => {
    expect(migrateCaseFile(input)).toMatchObject({ ok: false, error: { code: 'case-unreadable' } });
  });

  it('names what dangles when a quote points at a missing source', () => {
    const document = {
      ...versionZero,
      quotes: [
        {
          id: 'quote-1',
          sourceId: 'nowhere',
          textQuote: { type: 'TextQuoteSelector', exact: 'x' },
          textPosition: { type: 'TextPositionSelector', start: 0, end: 1 },
          credibility: 2,
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-01T00:00:00.000Z',
        },
      ],
    };
    expect(migrateCaseFile(document)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('quotes.0.sourceId refers to a missing source "nowhere"') },
    });
  });

  it('brings a version-2 document to version 3: attachments and trash empty, quotes anchored, no claims or tags', () => {
    const versionTwo = {
      ...versionZero,
      schemaVersion: 2,
      revision: { sequence: 0, hash: '0'.repeat(64) },
      entities: [],
      annotations: [],
      incidentLinks: [],
      sources: [{ id: 'source-1', title: 'An article', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }],
      quotes: [
        {
          id: 'quote-1',
          sourceId: 'source-1',
          textQuote: { type: 'TextQuoteSelector', exact: 'x' },
          textPosition: { type: 'TextPositionSelector', start: 0, end: 1 },
          credibility: 2,
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-01T00:00:00.000Z',
        },
      ],
    };
    const migrated = migrateCaseFile(versionTwo);
    if (!migrated.ok) throw new Error(migrated.error.message);
    expect(migrated.value).toMatchObject({ schemaVersion: currentSchemaVersion, attachments: [], trash: [] });
    expect(migrated.value.quotes[0]).toMatchObject({ anchor: 'anchored', locator: '' });
    expect(migrated.value.incidents[0]!.claims).toEqual([]);
  });

  it('brings a version-3 document to version 4: the Partner and Public profiles, dated as the case, nothing marked', () => {
    const versionThree = {
      ...versionZero,
      schemaVersion: 3,
      revision: { sequence: 0, hash: '0'.repeat(64) },
      sources: [],
      quotes: [],
      entities: [{ id: 'entity-1', kind: 'person', name: 'Someone', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }],
      annotations: [],
      incidentLinks: [],
      attachments: [],
      trash: [],
    };
    const migrated = migrateCaseFile(versionThree);
    if (!migrated.ok) throw new Error(migrated.error.message);
    expect(migrated.value.schemaVersion).toBe(4);
    expect(migrated.value.redactionProfiles).toEqual([
      { id: 'profile-partner', name: 'Partner', pseudonymize: true, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
      { id: 'profile-public', name: 'Public', pseudonymize: false, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
    ]);
    expect(migrated.value.entities[0]!.sensitivity).toBeUndefined();
    expect(migrated.value.incidents[0]!.sensitivity).toBeUndefined();
    // Migrating the same file again gives the same profile ids, which journal records written since may name.
    expect(migrateCaseFile(versionThree)).toEqual(migrated);
  });

  it('refuses a sensitive mark that is not a list of profile ids, naming the field', () => {
    const document = {
      ...versionZero,
      incidents: [{ ...versionZero.incidents[0], sensitivity: { releasedTo: 'profile-partner' } }],
    };
    expect(migrateCaseFile(document)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('incidents.0.sensitivity.releasedTo') },
    });
  });
});
