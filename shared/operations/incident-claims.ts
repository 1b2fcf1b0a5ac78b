import type { CaseFile } from '../domain/case-file';
import type { Claim, Incident, IncidentFields } from '../domain/incident';
import type { Quote } from '../domain/quote';
import { failure, success, type Result } from '../result';
import type { Environment } from './environment';

type ClaimDrafts = IncidentFields['claims'];

/** The quotes the claims name, found in one pass over the case's quotes (none at all when no claim cites one). */
function citedQuotes(file: CaseFile, claims: ClaimDrafts): Map<string, Quote> {
  const wanted = new Set(claims.flatMap((claim) => claim.quoteIds));
  if (wanted.size === 0) return new Map();
  return new Map(file.quotes.filter((quote) => wanted.has(quote.id)).map((quote) => [quote.id, quote]));
}

/**
 * Each claim's id names one of the incident's own claims (ids come from the core, never the editor), once. A claim
 * keeps its id across edits because the trash finds a claim by it when it puts a deleted quote back.
 */
function checkClaimIds(claims: ClaimDrafts, before: Incident | undefined): Result<true> {
  const known = new Set(before?.claims.map((claim) => claim.id));
  const seen = new Set<string>();
  for (const [index, { id }] of claims.entries()) {
    if (id === undefined) continue;
    if (!known.has(id)) {
      return failure('invalid-input', `incident.claims.${index}.id names no claim of this incident; leave the id out for a new claim.`);
    }
    if (seen.has(id)) return failure('invalid-input', `incident.claims.${index}.id repeats the claim “${id}”.`);
    seen.add(id);
  }
  return success(true);
}

/**
 * Every quote a claim cites must be in the case, once per claim. A citation the claim did not have before must be
 * a quote supporting this incident; one it already had stays even if the quote was unlinked since, so an edit of
 * the title never fails over a citation the user did not touch.
 */
function checkCitations(file: CaseFile, claims: ClaimDrafts, before: Incident | undefined): Result<true> {
  const quotes = citedQuotes(file, claims);
  const earlier = new Map(before?.claims.map((claim) => [claim.id, new Set(claim.quoteIds)]));
  for (const [index, claim] of claims.entries()) {
    const cited = new Set<string>();
    for (const [position, quoteId] of claim.quoteIds.entries()) {
      const path = `incident.claims.${index}.quoteIds.${position}`;
      const quote = quotes.get(quoteId);
      if (!quote) return failure('invalid-input', `${path} names a quote this case does not hold; it may have been deleted.`);
      if (cited.has(quoteId)) return failure('invalid-input', `${path} cites the same quote twice.`);
      cited.add(quoteId);
      const citedBefore = claim.id !== undefined && earlier.get(claim.id)?.has(quoteId) === true;
      if (!citedBefore && (before === undefined || !quote.incidentIds.includes(before.id))) {
        return failure('invalid-input', `${path} names a quote that does not support this incident; link the quote to the incident first.`);
      }
    }
  }
  return success(true);
}

/**
 * The incident's claims as they are stored: checked against the case and the incident as it was (`before`,
 * undefined for a new incident), each claim without an id given a new one.
 */
export function storedClaims(file: CaseFile, claims: ClaimDrafts, before: Incident | undefined, environment: Environment): Result<Claim[]> {
  const ids = checkClaimIds(claims, before);
  if (!ids.ok) return ids;
  const citations = checkCitations(file, claims, before);
  if (!citations.ok) return citations;
  return success(claims.map((claim) => ({ ...claim, id: claim.id ?? environment.newId() })));
}
