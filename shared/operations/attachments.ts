import type { Attachment, AttachmentTarget } from '../domain/attachment';
import { mediaTypeFor, sanitizeAttachmentName, visibleName } from '../domain/attachment-names';
import type { CaseFile } from '../domain/case-file';
import { failure, success, type Result } from '../result';
import { created, updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';

/** What the core learnt about a file while storing it under its hash, and what the user called it. */
export interface IncomingFile {
  readonly sha256: string;
  readonly name: string;
  readonly bytes: number;
  /** What the browser or the system said the type is; empty if nothing. */
  readonly mediaType: string;
}

export interface AttachedFile {
  readonly attachment: Attachment;
  /** Says how the file's name was made safe, when it had to be. */
  readonly notice?: string;
}

/** The source or incident a file is attached to, by its title: attaching to something deleted is refused. */
export function attachmentTargetTitle(file: CaseFile, target: AttachmentTarget): Result<string> {
  const list = target.kind === 'source' ? file.sources : file.incidents;
  const found = list.find((item) => item.id === target.id);
  return found
    ? success(found.title)
    : failure('invalid-input', `target.id: This case has no ${target.kind} with the id "${target.id}"; it may have been deleted.`);
}

export function attachmentsOn(file: CaseFile, target: AttachmentTarget): Attachment[] {
  return file.attachments.filter((attachment) => attachment.target.kind === target.kind && attachment.target.id === target.id);
}

export function findAttachment(file: CaseFile, attachmentId: string): Result<Attachment> {
  const found = file.attachments.find((attachment) => attachment.id === attachmentId);
  return found ? success(found) : failure('not-found', `This case has no attachment with the id "${attachmentId}"; it may have been deleted.`);
}

/**
 * Records a file, already stored under its SHA-256, as attached to a source or an incident. Its name is made safe
 * (and the user told how); the same content twice on one target is refused, saying under which name it is there.
 */
export function attachFile(file: CaseFile, target: AttachmentTarget, incoming: IncomingFile, environment: Environment): Operation<AttachedFile> {
  const title = attachmentTargetTitle(file, target);
  if (!title.ok) return title;
  const twin = attachmentsOn(file, target).find((attachment) => attachment.sha256 === incoming.sha256);
  if (twin) return failure('conflict', `This file is already attached to the ${target.kind} “${title.value}”, as “${twin.name}”.`);
  const { name, changes } = sanitizeAttachmentName(incoming.name);
  const now = timestamp(environment);
  const attachment: Attachment = {
    id: environment.newId(),
    createdAt: now,
    updatedAt: now,
    target,
    sha256: incoming.sha256,
    name,
    bytes: incoming.bytes,
    mediaType: mediaTypeFor(name, incoming.mediaType),
    capturedAt: now,
  };
  const notice = changes.length > 0 ? `The file “${visibleName(incoming.name)}” was attached as “${name}”: ${changes.join('; ')}.` : undefined;
  return success({
    value: notice ? { attachment, notice } : { attachment },
    label: `Attached “${name}” to the ${target.kind} “${title.value}”`,
    changes: [created('attachments', attachment)],
  });
}

/** A name the user types is refused, saying why, rather than silently changed. */
export function renameAttachment(file: CaseFile, attachmentId: string, newName: string, environment: Environment): Operation<Attachment> {
  const found = findAttachment(file, attachmentId);
  if (!found.ok) return found;
  const { name, changes } = sanitizeAttachmentName(newName);
  if (changes.length > 0) return failure('invalid-input', `name: “${visibleName(newName.trim())}” cannot be used as a file name: ${changes.join('; ')}.`);
  const before = found.value;
  const attachment: Attachment = { ...before, name, mediaType: mediaTypeFor(name, before.mediaType), updatedAt: timestamp(environment) };
  return success({
    value: attachment,
    label: `Renamed attachment “${before.name}” to “${name}”`,
    changes: [updated('attachments', before, attachment)],
  });
}
