import type { CaseFile } from '../domain/case-file';
import type { Incident, IncidentFields } from '../domain/incident';
import { success } from '../result';
import { created, updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';
import { storedClaims } from './incident-claims';
import { checkIncidentReferences, findIndex } from './references';

/** Operations take validated fields: the boundary (the contract's schemas) has already parsed them. */
export function createIncident(file: CaseFile, fields: IncidentFields, environment: Environment): Operation<Incident> {
  const references = checkIncidentReferences(file, fields);
  if (!references.ok) return references;
  const now = timestamp(environment);
  // The incident's id is drawn before its claims' ids, so ids follow the order a reader meets them in.
  const id = environment.newId();
  const claims = storedClaims(file, fields.claims, undefined, environment);
  if (!claims.ok) return claims;
  const incident: Incident = { ...fields, claims: claims.value, id, createdAt: now, updatedAt: now };
  return success({ value: incident, label: `Created incident “${incident.title}”`, changes: [created('incidents', incident)] });
}

export function updateIncident(
  file: CaseFile,
  incidentId: string,
  fields: IncidentFields,
  environment: Environment,
): Operation<Incident> {
  const index = findIndex(file, 'incidents', incidentId);
  if (!index.ok) return index;
  const references = checkIncidentReferences(file, fields);
  if (!references.ok) return references;
  const before = file.incidents[index.value]!;
  const claims = storedClaims(file, fields.claims, before, environment);
  if (!claims.ok) return claims;
  const incident: Incident = { ...before, ...fields, claims: claims.value, updatedAt: timestamp(environment) };
  return success({
    value: incident,
    label: `Edited incident “${incident.title}”`,
    changes: [updated('incidents', before, incident)],
  });
}
