import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  caseFileSchema,
  createIncident,
  incidentDraftSchema,
  updateIncident,
  type CaseFile,
  type Edit,
  type Incident,
  type IncidentDraft,
  type Result,
} from '../../../shared';
import { harbourCase } from './read-model-case';

function environment() {
  let id = 0;
  return { now: () => new Date('2024-06-01T08:00:00.000Z'), newId: () => `new-${(id += 1)}` };
}

function editOf<T>(result: Result<Edit<T>>): Edit<T> {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The incident's fields as the editor sends them back, with the claims changed. */
function draftOf(incident: Incident, claims: IncidentDraft['claims']) {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = incident;
  return incidentDraftSchema.parse({ ...fields, claims });
}

function signing(file: CaseFile): Incident {
  return file.incidents.find((incident) => incident.id === 'incident-signing')!;
}

/** The harbour case with the signing incident saved once with two claims, as the core stored them. */
function withClaims(): CaseFile {
  const file = harbourCase();
  const claims = [{ text: 'The minister signed.', quoteIds: ['quote-middle', 'quote-early'] }, { text: 'In March.' }];
  const edit = editOf(updateIncident(file, 'incident-signing', draftOf(signing(file), claims), environment()));
  const next = applyChanges(file, edit.changes);
  if (!next.ok) throw new Error(next.error.message);
  return caseFileSchema.parse(next.value);
}

describe('the claims of an incident', () => {
  it('get their ids from the core, in order, when they arrive without one', () => {
    const claims = signing(withClaims()).claims;
    expect(claims).toEqual([
      { id: 'new-1', text: 'The minister signed.', quoteIds: ['quote-middle', 'quote-early'] },
      { id: 'new-2', text: 'In March.', quoteIds: [] },
    ]);
  });

  it('keep their ids when edited, reordered or removed, and a new one gets a new id', () => {
    const file = withClaims();
    const [first, second] = signing(file).claims;
    const claims = [{ ...second!, text: 'In March 2023.' }, { text: 'Before the audit.' }, first!];
    const later = { ...environment(), newId: () => 'claim-later' };
    const edit = editOf(updateIncident(file, 'incident-signing', draftOf(signing(file), claims), later));
    expect(edit.value.claims.map((claim) => [claim.id, claim.text])).toEqual([
      ['new-2', 'In March 2023.'],
      ['claim-later', 'Before the audit.'],
      ['new-1', 'The minister signed.'],
    ]);
    const removed = editOf(updateIncident(file, 'incident-signing', draftOf(signing(file), [second!]), later));
    expect(removed.value.claims).toEqual([second]);
  });

  it('are created with a new incident, the incident’s id drawn first', () => {
    const draft = incidentDraftSchema.parse({ title: 'Audit report published', claims: [{ text: 'The report came out.' }] });
    const edit = editOf(createIncident(harbourCase(), draft, environment()));
    expect(edit.value.id).toBe('new-1');
    expect(edit.value.claims).toEqual([{ id: 'new-2', text: 'The report came out.', quoteIds: [] }]);
  });

  it('refuse an id that names no claim of the incident: ids are the core’s to give', () => {
    const file = withClaims();
    const result = updateIncident(file, 'incident-signing', draftOf(signing(file), [{ id: 'made-up', text: 'X' }]), environment());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^incident\.claims\.0\.id names no claim of this incident/) } });
  });

  it('refuse the same claim twice', () => {
    const file = withClaims();
    const first = signing(file).claims[0]!;
    const result = updateIncident(file, 'incident-signing', draftOf(signing(file), [first, first]), environment());
    expect(result).toMatchObject({ ok: false, error: { message: 'incident.claims.1.id repeats the claim “new-1”.' } });
  });

  it('refuse a quote the case does not hold, naming where it is cited', () => {
    const file = harbourCase();
    const result = updateIncident(file, 'incident-signing', draftOf(signing(file), [{ text: 'X', quoteIds: ['quote-middle', 'quote-gone'] }]), environment());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^incident\.claims\.0\.quoteIds\.1 names a quote this case does not hold/) } });
  });

  it('refuse the same quote cited twice by one claim', () => {
    const file = harbourCase();
    const result = updateIncident(file, 'incident-signing', draftOf(signing(file), [{ text: 'X', quoteIds: ['quote-early', 'quote-early'] }]), environment());
    expect(result).toMatchObject({ ok: false, error: { message: 'incident.claims.0.quoteIds.1 cites the same quote twice.' } });
  });

  it('refuse a new citation of a quote that does not support the incident', () => {
    const file = harbourCase();
    const result = updateIncident(file, 'incident-signing', draftOf(signing(file), [{ text: 'X', quoteIds: ['quote-late'] }]), environment());
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/quoteIds\.0 names a quote that does not support this incident; link the quote/) } });
    const created = createIncident(file, incidentDraftSchema.parse({ title: 'New', claims: [{ text: 'X', quoteIds: ['quote-early'] }] }), environment());
    expect(created).toMatchObject({ ok: false, error: { message: expect.stringMatching(/does not support this incident/) } });
  });

  it('keep a citation made earlier even once its quote no longer supports the incident, so other edits still save', () => {
    const file = withClaims();
    const unlinked: CaseFile = { ...file, quotes: file.quotes.map((quote) => (quote.id === 'quote-early' ? { ...quote, incidentIds: ['incident-denial'] } : quote)) };
    const incident = signing(unlinked);
    const edit = editOf(updateIncident(unlinked, 'incident-signing', draftOf({ ...incident, title: 'Contract signed (checked)' }, incident.claims), environment()));
    expect(edit.value.claims[0]!.quoteIds).toEqual(['quote-middle', 'quote-early']);
  });
});
