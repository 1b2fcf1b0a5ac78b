import { caseFileSchema, currentSchemaVersion, type CaseFile } from '../domain/case-file';
import { failure, success, type Result } from '../result';
import { describeIssues } from '../validation';
import { addSchemaVersion } from './0001-add-schema-version';
import { addRevision } from './0002-add-revision';
import { addAttachmentsAndTrash } from './0003-add-attachments-and-trash';
import { addRedactionProfiles } from './0004-add-redaction-profiles';

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns a version-n document into version n + 1. One file a step, each with a fixture test. */
const migrations: Readonly<Record<number, Migration>> = {
  0: addSchemaVersion,
  1: addRevision,
  2: addAttachmentsAndTrash,
  3: addRedactionProfiles,
};

function versionOf(document: Record<string, unknown>): number | undefined {
  const version = document.schemaVersion ?? 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** Brings a parsed case document up to the current schema and validates it; never changes the input. */
export function migrateCaseFile(raw: unknown): Result<CaseFile> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return failure('case-unreadable', 'The file does not hold a case: it is not a JSON object.');
  }
  let document = { ...(raw as Record<string, unknown>) };
  let version = versionOf(document);
  if (version === undefined) return failure('case-unreadable', 'The file has no valid schemaVersion.');
  if (version > currentSchemaVersion) {
    return failure(
      'case-unreadable',
      `The file was written by a newer Dossier (schema ${version}; this one reads up to ${currentSchemaVersion}).`,
    );
  }
  while (version < currentSchemaVersion) {
    const step = migrations[version];
    if (!step) return failure('case-unreadable', `No migration from schema version ${version}.`);
    document = step(document);
    version += 1;
  }
  const parsed = caseFileSchema.safeParse(document);
  if (!parsed.success) return failure('case-unreadable', `The case does not validate: ${describeIssues(parsed.error)}`);
  return success(parsed.data);
}

