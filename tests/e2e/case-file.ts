import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the core keeps a case: `<data-dir>/cases/<caseId>/case.json`. */
export function caseFilePath(dataDirectory: string, caseId: string): string {
  return join(dataDirectory, 'cases', caseId, 'case.json');
}

export function readCaseFile(dataDirectory: string, caseId: string): Promise<Buffer> {
  return readFile(caseFilePath(dataDirectory, caseId));
}
