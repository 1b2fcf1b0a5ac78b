import { access } from 'node:fs/promises';
import { sampleCase } from '../../seeds';
import type { CaseRepository } from './storage/case-repository';

/**
 * On the very first start, when the library has no cases folder yet, the sample case is put in it, so the
 * investigator opens onto something real. A library whose cases were all deleted stays empty.
 */
export async function seedFirstStart(casesFolder: string, repository: CaseRepository): Promise<void> {
  const exists = await access(casesFolder).then(
    () => true,
    () => false,
  );
  if (exists) return;
  const created = await repository.create(sampleCase);
  if (!created.ok) throw new Error(created.error.message);
}
