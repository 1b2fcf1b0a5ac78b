import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile } from '../../../shared';
import { findLeaks, redactCase, withheldMarker, type Redaction } from '../../../shared/print/redaction';
import { everyText, partner, publicProfile, redactionCase, sentences } from './redaction-case';

function redacted(file: CaseFile, profileId: string | undefined): Redaction {
  const result = redactCase(file, profileId);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const withheldNames = ['Ahmad Hassan', 'Abu Ali', '张伟', 'محمد الأحمد'];

describe('redactCase: what a profile leaves out', () => {
  it('prints the whole case, unchanged, when no profile is chosen', () => {
    const file = redactionCase();
    expect(redacted(file, undefined)).toEqual({ file, forbidden: [], profileName: undefined });
  });

  it('refuses a profile the case does not have, naming the ones it has', () => {
    expect(redactCase(redactionCase(), 'profile-press')).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('“Partner”, “Public”') },
    });
  });

  it('removes withheld incidents, quotes and notes, and everything that only makes sense through them', () => {
    const { file, profileName } = redacted(redactionCase(), publicProfile);
    expect(profileName).toBe('Public');
    expect(ids(file.incidents)).toEqual(['incident-open']);
    // quote-backing was not marked, but it backs only the withheld incident.
    expect(ids(file.quotes)).toEqual(['quote-open']);
    expect(file.quotes[0]!.incidentIds).toEqual(['incident-open']);
    expect(file.incidents[0]!.claims.map((claim) => claim.quoteIds)).toEqual([['quote-open'], []]);
    // The sensitive note, the note on the withheld incident and the note on the withheld person all go.
    expect(ids(file.annotations)).toEqual(['note-open']);
    expect(file.incidentLinks).toEqual([]);
    expect(file.attachments).toEqual([]);
    expect(file.trash).toEqual([]);
  });

  it('leaves people out altogether for a profile without pseudonyms, and their roles with them', () => {
    const { file } = redacted(redactionCase(), publicProfile);
    expect(ids(file.entities)).toEqual(['entity-ivan']);
    expect(file.incidents[0]!.participants).toEqual([{ entityId: 'entity-ivan', role: 'witness' }]);
    expect(file.incidents[0]!.title).toBe(`${withheldMarker} buys the port`);
  });

  it('keeps what is released to the profile, and only that', () => {
    expect(ids(redacted(redactionCase(), partner).file.entities)).toContain('entity-holdings');
    expect(ids(redacted(redactionCase(), publicProfile).file.entities)).not.toContain('entity-holdings');
  });

  it('empties what a summary never prints and could hold withheld text: full source texts, context around quotes', () => {
    const { file } = redacted(redactionCase(), partner);
    expect(file.sources[0]!.snapshot.text).toBe('');
    expect(file.quotes[0]!.textQuote).toMatchObject({ prefix: '', suffix: '' });
  });

  it('gives the result a valid case file, so the printout can trust it', () => {
    for (const profile of [partner, publicProfile]) {
      expect(caseFileSchema.safeParse(redacted(redactionCase(), profile).file).success).toBe(true);
    }
  });

  it('never changes the case it was given', () => {
    const file = redactionCase();
    const before = structuredClone(file);
    redacted(file, partner);
    expect(file).toEqual(before);
  });
});

describe('redactCase: pseudonyms', () => {
  it('renames withheld people in the order they were created, each kind counted apart', () => {
    const { file } = redacted(redactionCase(), partner);
    const names = Object.fromEntries(file.entities.map((entity) => [entity.id, entity.name]));
    // 张伟 was created first, then محمد الأحمد, then Ahmad Hassan; Harbour Holdings is released to Partner.
    expect(names).toEqual({
      'entity-zhang': 'Person A',
      'entity-mohammed': 'Person B',
      'entity-ahmad': 'Person C',
      'entity-holdings': 'Harbour Holdings',
      'entity-ivan': 'Ivan Petrov',
    });
    expect(file.entities.find((entity) => entity.id === 'entity-ahmad')).toMatchObject({ aliases: [], description: '' });
  });

  it('keeps earlier pseudonyms when a newer entity is marked, and counts organisations apart from people', () => {
    const file = redactionCase();
    const marked: CaseFile = {
      ...file,
      entities: file.entities.map((entity) => (entity.id === 'entity-ivan' || entity.id === 'entity-holdings' ? { ...entity, sensitivity: { releasedTo: [] } } : entity)),
    };
    const names = Object.fromEntries(redacted(marked, partner).file.entities.map((entity) => [entity.id, entity.name]));
    expect(names).toMatchObject({ 'entity-zhang': 'Person A', 'entity-ahmad': 'Person C', 'entity-ivan': 'Person D', 'entity-holdings': 'Organisation A' });
  });

  it('gives the same pseudonyms every time for the same case and profile', () => {
    expect(redacted(redactionCase(), partner).file).toEqual(redacted(redactionCase(), partner).file);
  });

  it('replaces names and aliases in every printed text, in any letter case and script', () => {
    const { file } = redacted(redactionCase(), partner);
    const incident = file.incidents[0]!;
    expect(file.case.name).toBe('Person C and the harbour');
    expect(file.case.summary).toBe('How Person C and Person A bought the port.');
    expect(incident).toMatchObject({
      title: 'Person C buys the port',
      summary: 'Person C and harbour holdings signed; Ivan Petrov watched.',
      place: 'Office of Person C',
      tags: ['Person C'],
    });
    expect(incident.claims[0]!.text).toBe('Person A说 Person C paid.');
    expect(file.quotes[0]!.textQuote.exact).toBe(
      'Person C met Ivan Petrov at the port; Person A说 the deal was done, and وقال Person B it was signed.',
    );
    expect(file.sources[0]).toMatchObject({ title: 'Interview with Person C', author: 'Person B' });
    expect(file.entities.find((entity) => entity.id === 'entity-ivan')!.description).toBe('Business partner of Person C.');
    expect(file.annotations[0]!.body).toBe('Ask Ivan Petrov about Person C.');
  });

  it('leaves no withheld name anywhere in the printable case, for either profile', () => {
    for (const profile of [partner, publicProfile]) {
      const text = everyText(redacted(redactionCase(), profile).file).toLowerCase();
      for (const name of withheldNames) expect(text).not.toContain(name.toLowerCase());
    }
  });

  it('replaces whole words only in spaced scripts: a longer word that starts with a name is left alone', () => {
    const file = redactionCase();
    const withWords: CaseFile = { ...file, case: { ...file.case, summary: 'Abu Alim and Ahmad Hassanein are other men.' } };
    expect(redacted(withWords, partner).file.case.summary).toBe('Abu Alim and Ahmad Hassanein are other men.');
  });
});

describe('redactCase: what must not appear', () => {
  it('lists every withheld name, alias, quote, note and incident title', () => {
    const { forbidden } = redacted(redactionCase(), partner);
    expect([...forbidden].sort()).toEqual(
      [
        'Ahmad Hassan',
        'Abu Ali',
        'Al',
        '张伟',
        'محمد الأحمد',
        sentences.secret,
        sentences.backing,
        'Our informant at the harbour office is the night clerk.',
        'The van belongs to a cousin of the guard.',
        'Lives above the bakery on Quay Street.',
        'Cash run to the fish market warehouse',
      ].sort(),
    );
  });

  it('adds the names of what the profile leaves out altogether, not what it releases', () => {
    expect(redacted(redactionCase(), publicProfile).forbidden).toContain('Harbour Holdings');
    expect(redacted(redactionCase(), partner).forbidden).not.toContain('Harbour Holdings');
  });

  it('finds no leak in the redacted case itself', () => {
    for (const profile of [partner, publicProfile]) {
      const { file, forbidden } = redacted(redactionCase(), profile);
      expect(findLeaks(everyText(file), forbidden)).toEqual([]);
    }
  });

  it('finds every withheld thing in the unredacted case, so the check is not vacuous', () => {
    const { forbidden } = redacted(redactionCase(), publicProfile);
    const leaks = findLeaks(everyText(redactionCase()), forbidden);
    expect([...leaks].sort()).toEqual(forbidden.filter((text) => text !== 'Al').sort());
  });
});
