import { stat } from 'node:fs/promises';
import type { CaseListing } from '../../../shared';
import type { CaseFolderLayout } from './case-folder';
import { journalFiles } from './journal-segments';
import { readSeal } from './snapshot-seal';

async function sizeOrZero(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 0 : undefined;
  }
}

/**
 * What the library shows of a case, read from its seal alone — when the seal is sure to be current: the snapshot is
 * still the size it was sealed at, the journal holds nothing past it, and no history segment runs beyond it (a
 * writer that died mid-snapshot leaves one). Otherwise undefined, and the case is read whole.
 */
export async function readSealedListing(layout: CaseFolderLayout): Promise<CaseListing | undefined> {
  const seal = await readSeal(layout.seal);
  if (!seal) return undefined;
  const [snapshotBytes, journalBytes, files] = await Promise.all([sizeOrZero(layout.snapshot), sizeOrZero(layout.journal), journalFiles(layout)]);
  if (snapshotBytes !== seal.bytes || journalBytes !== 0) return undefined;
  const newest = Math.max(0, ...files.map((file) => file.last ?? 0));
  return newest <= seal.revision.sequence ? seal.listing : undefined;
}
