import type { CaseFile } from '../domain/case-file';
import {
  type RedactionProfile,
  type RedactionProfileFields,
  type Sensitivity,
  type SensitiveKind,
  type SensitiveTarget,
} from '../domain/redaction';
import { failure, success, type Result } from '../result';
import { created, deleted, updated } from './changes';
import { nameKey } from './entities';
import { timestamp, type Environment, type Operation } from './environment';
import { findIndex } from './references';

type MarkableCollection = 'incidents' | 'quotes' | 'entities' | 'annotations';
type Markable = CaseFile[MarkableCollection][number];

const collectionOf: Record<SensitiveKind, MarkableCollection> = {
  incident: 'incidents',
  quote: 'quotes',
  entity: 'entities',
  annotation: 'annotations',
};
const markableCollections = Object.values(collectionOf);

/** How a label names the item: its title or name, the start of a quote, or what a note is on. */
function described(item: Markable): string {
  if ('title' in item) return `incident “${item.title}”`;
  if ('name' in item) return `${item.kind} “${item.name}”`;
  if ('textQuote' in item) {
    const text = item.textQuote.exact.replace(/\s+/gu, ' ').trim();
    return `the quote “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
  }
  return `a note on the ${item.target.kind}`;
}

function findProfile(file: CaseFile, profileId: string): Result<RedactionProfile> {
  const profile = file.redactionProfiles.find((candidate) => candidate.id === profileId);
  return profile
    ? success(profile)
    : failure('not-found', `This case has no redaction profile with the id "${profileId}"; it may have been deleted.`);
}

function unmarked<T extends Markable>(item: T): T {
  const { sensitivity: _removed, ...rest } = item;
  return rest as T;
}

function markLabel(what: string, before: Sensitivity | undefined, after: Sensitivity | undefined): string {
  if (!before && after) return `Marked ${what} sensitive`;
  if (before && !after) return `Marked ${what} as not sensitive`;
  return `Changed which profiles may print ${what}`;
}

/**
 * Marks an item sensitive (withheld from every profile but `releasedTo`) or clears the mark. Profiles named must
 * exist: a typo would otherwise release nothing while the analyst believed it released something.
 */
export function setSensitivity(
  file: CaseFile,
  target: SensitiveTarget,
  sensitive: boolean,
  releasedTo: readonly string[],
  environment: Environment,
): Operation<{ target: SensitiveTarget; sensitivity: Sensitivity | null }> {
  const collection = collectionOf[target.kind];
  const index = findIndex(file, collection, target.id);
  if (!index.ok) return index;
  const unknown = releasedTo.findIndex((id) => !file.redactionProfiles.some((profile) => profile.id === id));
  if (sensitive && unknown >= 0) {
    return failure('invalid-input', `releasedTo.${unknown} names a redaction profile this case does not hold ("${releasedTo[unknown]}").`);
  }
  const before: Markable = file[collection][index.value]!;
  const sensitivity: Sensitivity | undefined = sensitive ? { releasedTo: [...new Set(releasedTo)] } : undefined;
  const after: Markable = { ...unmarked(before), ...(sensitivity ? { sensitivity } : {}), updatedAt: timestamp(environment) };
  return success({
    value: { target, sensitivity: sensitivity ?? null },
    label: markLabel(described(before), before.sensitivity, sensitivity),
    changes: [updated(collection, before, after)],
  });
}

/** Two profiles with one name would leave the analyst guessing which one a summary was printed for. */
function nameTaken(file: CaseFile, name: string, exceptId?: string): Result<true> {
  const clash = file.redactionProfiles.find((profile) => profile.id !== exceptId && nameKey(profile.name) === nameKey(name));
  return clash
    ? failure('conflict', `A redaction profile named “${clash.name}” already exists; choose another name.`)
    : success(true);
}

export function createRedactionProfile(
  file: CaseFile,
  fields: RedactionProfileFields,
  environment: Environment,
): Operation<RedactionProfile> {
  const free = nameTaken(file, fields.name);
  if (!free.ok) return free;
  const now = timestamp(environment);
  const profile: RedactionProfile = { ...fields, id: environment.newId(), createdAt: now, updatedAt: now };
  return success({
    value: profile,
    label: `Created the redaction profile “${profile.name}”`,
    changes: [created('redactionProfiles', profile)],
  });
}

function profileChangeLabel(before: RedactionProfile, after: RedactionProfile): string {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`Renamed the redaction profile “${before.name}” to “${after.name}”`);
  if (before.pseudonymize !== after.pseudonymize) {
    const choice = after.pseudonymize ? 'show sensitive names as pseudonyms' : 'leave sensitive names out';
    parts.push(parts.length > 0 ? `set it to ${choice}` : `Set the redaction profile “${after.name}” to ${choice}`);
  }
  return parts.length > 0 ? parts.join(' and ') : `Edited the redaction profile “${after.name}”`;
}

/** Renames a profile or changes whether it uses pseudonyms. */
export function updateRedactionProfile(
  file: CaseFile,
  profileId: string,
  fields: RedactionProfileFields,
  environment: Environment,
): Operation<RedactionProfile> {
  const found = findProfile(file, profileId);
  if (!found.ok) return found;
  const free = nameTaken(file, fields.name, profileId);
  if (!free.ok) return free;
  const before = found.value;
  const profile: RedactionProfile = { ...before, ...fields, updatedAt: timestamp(environment) };
  return success({
    value: profile,
    label: profileChangeLabel(before, profile),
    changes: [updated('redactionProfiles', before, profile)],
  });
}

/**
 * Deletes a profile and takes its id out of every sensitive mark that released an item to it, in the same edit, so
 * no mark names a profile that is gone and undo puts both back. Items stay sensitive: deleting a profile can only
 * withhold more, never less.
 */
export function deleteRedactionProfile(file: CaseFile, profileId: string, environment: Environment): Operation<{ deleted: string }> {
  const found = findProfile(file, profileId);
  if (!found.ok) return found;
  const now = timestamp(environment);
  const releases = markableCollections.flatMap((collection) =>
    (file[collection] as readonly Markable[])
      .filter((item) => item.sensitivity?.releasedTo.includes(profileId))
      .map((item) => {
        const releasedTo = item.sensitivity!.releasedTo.filter((id) => id !== profileId);
        const after: Markable = { ...item, sensitivity: { releasedTo }, updatedAt: now };
        return updated(collection, item, after);
      }),
  );
  const count = releases.length;
  const note = count === 0 ? '' : ` (${count} sensitive ${count === 1 ? 'item was' : 'items were'} released to it)`;
  return success({
    value: { deleted: profileId },
    label: `Deleted the redaction profile “${found.value.name}”${note}`,
    changes: [...releases, deleted('redactionProfiles', found.value)],
  });
}
