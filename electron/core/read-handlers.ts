import {
  caseOutline,
  caseOverviewDetail,
  incidentDetail,
  sourceDetail,
  success,
  type CaseFile,
  type Handlers,
  type Result,
} from '../../shared';
import type { CaseRepository } from './storage/case-repository';

type ReadChannels = 'case.outline' | 'case.overview' | 'incident.get' | 'source.get';

/** Reads the case in memory and answers with only what one screen shows; the whole document never leaves the core. */
async function reading<T>(repository: CaseRepository, caseId: string, read: (file: CaseFile) => Result<T>): Promise<Result<T>> {
  const file = await repository.get(caseId);
  return file.ok ? read(file.value) : file;
}

/** The channels that page a case to the UI: its outline, then the detail of the one object on screen. */
export function createReadHandlers(repository: CaseRepository): Pick<Handlers, ReadChannels> {
  return {
    'case.outline': ({ caseId }) => reading(repository, caseId, (file) => success(caseOutline(file))),
    'case.overview': ({ caseId }) => reading(repository, caseId, (file) => success(caseOverviewDetail(file))),
    'incident.get': ({ caseId, incidentId }) => reading(repository, caseId, (file) => incidentDetail(file, incidentId)),
    'source.get': ({ caseId, sourceId }) => reading(repository, caseId, (file) => sourceDetail(file, sourceId)),
  };
}
