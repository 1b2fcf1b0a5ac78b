import { describe, expect, it } from 'vitest';
import { changedFields, describeChange, namesOf, valueText } from '../../../renderer/features/history/change-description';
import { sampleCase } from './support/fixtures';

const names = namesOf(sampleCase());

describe('what a change did', () => {
  it('lists only the fields whose values differ, leaving out the update timestamp', () => {
    const before = { id: 'x', title: 'Old', tags: ['a'], status: 'alleged', updatedAt: '2024-01-01T00:00:00.000Z' };
    const after = { id: 'x', title: 'New', tags: ['a'], status: 'confirmed', place: 'Port City', updatedAt: '2024-02-01T00:00:00.000Z' };
    expect(changedFields(before, after, names)).toEqual([
      { field: 'title', label: 'Title', before: 'Old', after: 'New' },
      { field: 'status', label: 'Status', before: 'alleged', after: 'confirmed' },
      { field: 'place', label: 'Place', before: '', after: 'Port City' },
    ]);
  });

  it('reads ids as the names of what they point to, and lists and flags as words', () => {
    expect(valueText(['source-report', 'source-post'], names)).toBe('Audit office report, Anonymous post');
    expect(valueText([{ entityId: 'entity-minister', role: 'official' }, { entityId: 'gone', role: 'other' }], names)).toBe(
      'Minister of Ports (official); gone (other)',
    );
    expect(valueText(true, names)).toBe('Yes');
    expect(valueText(undefined, names)).toBe('');
  });

  it('names a created or deleted object by its title, name, quote or text', () => {
    expect(describeChange({ collection: 'incidents', id: 'i', before: null, after: { id: 'i', title: 'Bank transfer' } }, names)).toEqual({
      action: 'created',
      noun: 'incident',
      title: 'Bank transfer',
    });
    expect(describeChange({ collection: 'annotations', id: 'a', before: { id: 'a', body: 'Check **this**' }, after: null }, names)).toEqual({
      action: 'deleted',
      noun: 'note',
      title: 'Check **this**',
    });
    expect(describeChange({ collection: 'quotes', id: 'q', before: null, after: { id: 'q', textQuote: { exact: 'was signed' } } }, names)).toMatchObject({
      title: 'was signed',
    });
  });
});
