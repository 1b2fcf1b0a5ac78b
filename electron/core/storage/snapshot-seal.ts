import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { currentSchemaVersion, type CaseFile, type CaseListing } from '../../../shared';
import { writeFileDurably } from './durable-file';

const sealSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The snapshot's size: a cheap first check that it is still the file that was sealed. */
  bytes: z.number().int().min(0),
  schemaVersion: z.number().int(),
  revision: z.object({ sequence: z.number().int().min(0), hash: z.string() }),
  /** What the library shows of the case, so listing a library does not read every case whole. */
  listing: z.object({
    id: z.string(),
    name: z.string(),
    summary: z.string(),
    updatedAt: z.string(),
    incidentCount: z.number().int().min(0),
  }),
});
export type SnapshotSeal = z.infer<typeof sealSchema>;

export function listingOf(file: CaseFile): CaseListing {
  const { id, name, summary, updatedAt } = file.case;
  return { id, name, summary, updatedAt, incidentCount: file.incidents.length };
}

export function sealFor(file: CaseFile, sha256: string, bytes: number): SnapshotSeal {
  return { sha256, bytes, schemaVersion: file.schemaVersion, revision: file.revision, listing: listingOf(file) };
}

export function writeSeal(path: string, seal: SnapshotSeal): Promise<void> {
  return writeFileDurably(path, `${JSON.stringify(seal)}\n`);
}

/**
 * The seal of the snapshot Dossier last wrote, or undefined when there is none that can be used: missing, garbage,
 * or from another schema version. Never an error — without a seal the snapshot is simply validated in full.
 */
export async function readSeal(path: string): Promise<SnapshotSeal | undefined> {
  try {
    const parsed = sealSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success && parsed.data.schemaVersion === currentSchemaVersion ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
