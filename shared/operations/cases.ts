import { currentSchemaVersion, type CaseFile } from '../domain/case-file';
import { genesisHash } from '../domain/journal';
import type { CaseDetails } from '../domain/case-summary';
import { defaultRedactionProfiles } from '../domain/redaction';
import { success } from '../result';
import { updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';

export function newCaseFile(details: Pick<CaseDetails, 'name' | 'summary'>, environment: Environment): CaseFile {
  const now = timestamp(environment);
  return {
    schemaVersion: currentSchemaVersion,
    revision: { sequence: 0, hash: genesisHash },
    case: { id: environment.newId(), name: details.name, summary: details.summary, createdAt: now, updatedAt: now },
    incidents: [],
    sources: [],
    quotes: [],
    entities: [],
    annotations: [],
    incidentLinks: [],
    attachments: [],
    trash: [],
    redactionProfiles: defaultRedactionProfiles(now),
  };
}

export function updateCaseDetails(
  file: CaseFile,
  details: Pick<CaseDetails, 'name' | 'summary'>,
  environment: Environment,
): Operation<CaseDetails> {
  const next: CaseDetails = { ...file.case, ...details, updatedAt: timestamp(environment) };
  return success({ value: next, label: 'Edited the case details', changes: [updated('case', file.case, next)] });
}
