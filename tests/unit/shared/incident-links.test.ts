import { describe, expect, it } from 'vitest';
import { applyChanges, caseFileSchema, invertChanges, type CaseFile, type Edit, type Result } from '../../../shared';
import { incidentLinkDraftSchema } from '../../../shared/channels/incidents';
import { linkIncidents, unlinkIncidents } from '../../../shared/operations/incident-links';
import { harbourCase } from './read-model-case';

const environment = { now: () => new Date('2024-06-01T08:00:00.000Z'), newId: () => 'link-new' };

function editOf<T>(result: Result<Edit<T>>): Edit<T> {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function applied(file: CaseFile, changes: Edit<unknown>['changes']): CaseFile {
  const next = applyChanges(file, changes);
  if (!next.ok) throw new Error(next.error.message);
  return caseFileSchema.parse(next.value);
}

const link = (fromIncidentId: string, toIncidentId: string, kind: string) => incidentLinkDraftSchema.parse({ fromIncidentId, toIncidentId, kind });

describe('linking incidents', () => {
  it('adds a link with an id and a time, labelled as a sentence naming both incidents', () => {
    const file = harbourCase();
    const edit = editOf(linkIncidents(file, link('incident-denial', 'incident-audit', 'part-of'), environment));
    expect(edit.value).toEqual({
      id: 'link-new',
      fromIncidentId: 'incident-denial',
      toIncidentId: 'incident-audit',
      kind: 'part-of',
      createdAt: '2024-06-01T08:00:00.000Z',
    });
    expect(edit.label).toBe('Linked incidents: “Denial by officials” is part of “Audit begins”');
    expect(applied(file, edit.changes).incidentLinks.map((stored) => stored.id)).toEqual(['link-signing-denial', 'link-audit-signing', 'link-new']);
  });

  it('allows another kind of link between two incidents already linked', () => {
    const edit = editOf(linkIncidents(harbourCase(), link('incident-signing', 'incident-denial', 'same-actors'), environment));
    expect(edit.label).toBe('Linked incidents: “Contract signed” has the same actors as “Denial by officials”');
  });

  it('refuses to link an incident to itself', () => {
    expect(linkIncidents(harbourCase(), link('incident-alpha', 'incident-alpha', 'related'), environment)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'link.toIncidentId: an incident cannot be linked to itself.' },
    });
  });

  it('refuses an incident the case does not hold, naming the end and the id', () => {
    const result = linkIncidents(harbourCase(), link('incident-alpha', 'incident-gone', 'related'), environment);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^link\.toIncidentId: .*"incident-gone"/) } });
    const from = linkIncidents(harbourCase(), link('incident-gone', 'incident-alpha', 'related'), environment);
    expect(from).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^link\.fromIncidentId: /) } });
  });

  it('refuses the same link twice, and a symmetric one turned round', () => {
    const file = harbourCase();
    expect(linkIncidents(file, link('incident-signing', 'incident-denial', 'follow-up'), environment)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'These incidents are already linked: “Contract signed” is a follow-up of “Denial by officials”.' },
    });
    expect(linkIncidents(file, link('incident-signing', 'incident-audit', 'related'), environment)).toMatchObject({
      ok: false,
      error: { message: 'These incidents are already linked: “Audit begins” is related to “Contract signed”.' },
    });
  });

  it('refuses a follow-up both ways round, saying why', () => {
    const result = linkIncidents(harbourCase(), link('incident-denial', 'incident-signing', 'follow-up'), environment);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot run both ways\.$/) } });
  });
});

describe('unlinking incidents', () => {
  it('removes the link, saying it is not kept in the trash, and undoing puts it back as it was', () => {
    const file = harbourCase();
    const edit = editOf(unlinkIncidents(file, 'link-signing-denial'));
    expect(edit.value).toEqual({ unlinked: 'link-signing-denial' });
    expect(edit.label).toBe('Removed the link: “Contract signed” is a follow-up of “Denial by officials” (not kept in the trash; Undo puts it back)');
    const unlinked = applied(file, edit.changes);
    expect(unlinked.incidentLinks.map((stored) => stored.id)).toEqual(['link-audit-signing']);
    expect(unlinked.trash).toEqual(file.trash);
    // Undoing appends it again: the order of links means nothing.
    const restored = applied(unlinked, invertChanges(edit.changes)).incidentLinks;
    expect(restored).toHaveLength(file.incidentLinks.length);
    expect(restored).toEqual(expect.arrayContaining([...file.incidentLinks]));
  });

  it('refuses a link the case does not hold, naming its id', () => {
    expect(unlinkIncidents(harbourCase(), 'link-gone')).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('"link-gone"') } });
  });
});

describe('the link input at the boundary', () => {
  it('refuses a kind of link Dossier does not know, naming the field', () => {
    const parsed = incidentLinkDraftSchema.safeParse({ fromIncidentId: 'a', toIncidentId: 'b', kind: 'cousin-of' });
    expect(parsed.error?.issues[0]?.path).toEqual(['kind']);
  });
});
