import { defaultRedactionProfiles } from '../domain/redaction';

function caseCreatedAt(document: Record<string, unknown>): string | undefined {
  const details = document.case;
  if (typeof details !== 'object' || details === null) return undefined;
  const createdAt = (details as Record<string, unknown>).createdAt;
  return typeof createdAt === 'string' ? createdAt : undefined;
}

/**
 * Version 4 adds redaction: the profiles a printed summary can be made for, and an optional sensitive mark on
 * entities, quotes, annotations and incidents (absent on every existing item: nothing was marked before). Every case
 * gets the two standard profiles, dated as the case, so the same file always migrates to the same document.
 */
export function addRedactionProfiles(document: Record<string, unknown>): Record<string, unknown> {
  const at = caseCreatedAt(document);
  const profiles = document.redactionProfiles ?? (at === undefined ? [] : defaultRedactionProfiles(at));
  return { ...document, redactionProfiles: profiles, schemaVersion: 4 };
}
