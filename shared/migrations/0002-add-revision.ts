import { genesisHash } from '../domain/journal';

/**
 * Version 2 keeps a journal of edits beside the snapshot, and the snapshot names the last journal record it
 * includes. A version-1 file had no journal: it stands at the start of the chain.
 */
export function addRevision(document: Record<string, unknown>): Record<string, unknown> {
  return { ...document, revision: { sequence: 0, hash: genesisHash }, schemaVersion: 2 };
}
