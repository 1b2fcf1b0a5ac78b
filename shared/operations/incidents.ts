import type { CaseFile } from '../domain/case-file';
import type { Incident, IncidentFields } from '../domain/incident';
import { success } from '../result';
import { created, updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';
import { checkIncidentReferences, findIndex } from './references';

/** Operations take validated fields: the boundary (the contract's schemas) has already parsed them. */
export function createIncident(file: CaseFile, fields: IncidentFields, environment: Environment): Operation<Incident> {
  const references = checkIncidentReferences(file, fields);
  if (!references.ok) return references;
  const now = timestamp(environment);
  const incident: Incident = { ...fields, id: environment.newId(), createdAt: now, updatedAt: now };
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
  const incident: Incident = { ...before, ...fields, updatedAt: timestamp(environment) };
  return success({
    value: incident,
    label: `Edited incident “${incident.title}”`,
    changes: [updated('incidents', before, incident)],
  });
}
