import type { CaseFile } from '../domain/case-file';
import type { Entity } from '../domain/entity';
import { isWithheld, type RedactionProfile } from '../domain/redaction';
import { failure, success, type Result } from '../result';
import { pseudonyms } from './redaction-pseudonyms';
import { letterCount, nameReplacer, type NameReplacement } from './redaction-text';
import { redactedTexts } from './redaction-texts';

export { checkLeaks, findLeaks, leakWarnings } from './redaction-leaks';

/** A case as it may be printed for one profile, and what must not appear in the printed text. */
export interface Redaction {
  /** Withheld things removed with everything that only makes sense through them; pseudonyms applied in every text. */
  readonly file: CaseFile;
  /** Every withheld string: names, aliases, quote texts, note bodies, incident titles. The leak check looks for them. */
  readonly forbidden: readonly string[];
  readonly profileName: string | undefined;
}

/** What replaces a withheld name in text when the profile keeps no pseudonyms. */
export const withheldMarker = '[withheld]';

function findProfile(file: CaseFile, profileId: string): Result<RedactionProfile> {
  const profile = file.redactionProfiles.find((candidate) => candidate.id === profileId);
  if (profile) return success(profile);
  const names = file.redactionProfiles.map((candidate) => `“${candidate.name}”`).join(', ');
  return failure(
    'not-found',
    `This case has no redaction profile with the id "${profileId}"; ${names === '' ? 'it has no profiles' : `choose one of ${names}`}.`,
  );
}

/** The ids of what is left out for a profile, cascading from what was marked to what only makes sense through it. */
function removedIds(file: CaseFile, profileId: string) {
  const incidents = new Set(file.incidents.filter((incident) => isWithheld(incident, profileId)).map((incident) => incident.id));
  // A quote that backs only withheld incidents would tell the reader what they were.
  const quotes = new Set(
    file.quotes
      .filter(
        (quote) =>
          isWithheld(quote, profileId) || (quote.incidentIds.length > 0 && quote.incidentIds.every((id) => incidents.has(id))),
      )
      .map((quote) => quote.id),
  );
  const entities = new Set(file.entities.filter((entity) => isWithheld(entity, profileId)).map((entity) => entity.id));
  const removed = { incident: incidents, quote: quotes, entity: entities, source: new Set<string>(), case: new Set<string>() };
  // Notes about a sensitive person stay out even when the person is kept under a pseudonym: they describe who it is.
  const annotations = new Set(
    file.annotations
      .filter((annotation) => isWithheld(annotation, profileId) || removed[annotation.target.kind].has(annotation.target.id))
      .map((annotation) => annotation.id),
  );
  return { incidents, quotes, entities, annotations };
}

/**
 * Titles, notes and quotes of a few letters ("Meeting", "Confirmed.") are ordinary words that would block every
 * export and identify nothing; names and aliases are listed whatever their length (the leak check warns about the
 * shortest instead of blocking on them).
 */
const shortestWithheldText = 12;

function forbiddenStrings(file: CaseFile, removed: ReturnType<typeof removedIds>): string[] {
  const names = file.entities.filter((entity) => removed.entities.has(entity.id)).flatMap((entity) => [entity.name, ...entity.aliases]);
  const texts = [
    ...file.quotes.filter((quote) => removed.quotes.has(quote.id)).map((quote) => quote.textQuote.exact),
    ...file.annotations.filter((annotation) => removed.annotations.has(annotation.id)).map((annotation) => annotation.body),
    ...file.incidents.filter((incident) => removed.incidents.has(incident.id)).map((incident) => incident.title),
  ].filter((text) => letterCount(text) >= shortestWithheldText);
  return [...new Set([...names, ...texts].map((text) => text.trim()).filter((text) => text !== ''))];
}

/** The withheld people and organisations: each name and alias and what it becomes in print. */
function replacementsFor(withheld: readonly Entity[], assigned: ReadonlyMap<string, string>): NameReplacement[] {
  return withheld.map((entity) => ({ names: [entity.name, ...entity.aliases], replacement: assigned.get(entity.id) ?? withheldMarker }));
}

/**
 * The case as it may be printed for a profile; with no profile, the whole case (the analyst's own copy). Sensitive
 * items not released to the profile are left out, and so are notes and attachments on them, links between withheld
 * incidents and others, quotes that back only withheld incidents, claims' citations of removed quotes and the
 * roles of people left out. A sensitive person, organisation or place is kept under a pseudonym when the profile
 * chooses that, with no aliases, description or notes; either way its name and aliases are replaced in every text
 * that can print. What a summary never prints and could carry withheld text is emptied: the trash, the sources' full
 * texts and the context either side of each quote.
 */
export function redactCase(file: CaseFile, profileId: string | undefined): Result<Redaction> {
  if (profileId === undefined) return success({ file, forbidden: [], profileName: undefined });
  const profile = findProfile(file, profileId);
  if (!profile.ok) return profile;
  const removed = removedIds(file, profileId);
  const withheldEntities = file.entities.filter((entity) => removed.entities.has(entity.id));
  const assigned = profile.value.pseudonymize ? pseudonyms(withheldEntities) : new Map<string, string>();
  const printed = redactedTexts(file, removed, assigned, nameReplacer(replacementsFor(withheldEntities, assigned)));
  return success({ file: printed, forbidden: forbiddenStrings(file, removed), profileName: profile.value.name });
}
