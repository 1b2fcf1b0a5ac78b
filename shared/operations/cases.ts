import { currentSchemaVersion, type CaseFile } from '../domain/case-file';
import type { CaseDetails } from '../domain/case-summary';
import { success } from '../result';
import { timestamp, type Environment, type Operation } from './environment';

export function newCaseFile(details: Pick<CaseDetails, 'name' | 'summary'>, environment: Environment): CaseFile {
  const now = timestamp(environment);
  return {
    schemaVersion: currentSchemaVersion,
    case: { id: environment.newId(), name: details.name, summary: details.summary, createdAt: now, updatedAt: now },
    incidents: [],
    sources: [],
    quotes: [],
    entities: [],
    annotations: [],
    incidentLinks: [],
  };
}

export function updateCaseDetails(
  file: CaseFile,
  details: Pick<CaseDetails, 'name' | 'summary'>,
  environment: Environment,
): Operation<CaseDetails> {
  const updated: CaseDetails = { ...file.case, ...details, updatedAt: timestamp(environment) };
  return success({ file: { ...file, case: updated }, value: updated });
}
