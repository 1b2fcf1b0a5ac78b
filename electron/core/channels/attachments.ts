import { basename, dirname } from 'node:path';
import { failure, success, type CaseFile, type Environment, type Handlers, type Result } from '../../../shared';
import type { attachmentChannels } from '../../../shared/channels/attachments';
import { attachFile, attachmentTargetTitle, attachmentsOn, findAttachment, renameAttachment } from '../../../shared/operations/attachments';
import { attachmentPath, importAttachmentFile } from '../storage/attachment-files';
import { caseFolderLayout, type CaseFolderLayout } from '../storage/case-folder';
import type { CaseRepository } from '../storage/case-repository';

function layoutOf(repository: CaseRepository, caseId: string): CaseFolderLayout {
  return caseFolderLayout(dirname(repository.fileOf(caseId)));
}

/** Before copying what may be gigabytes: the case must take edits and the target must exist. */
async function readyToAttach(repository: CaseRepository, caseId: string, target: { kind: 'source' | 'incident'; id: string }): Promise<Result<CaseFile>> {
  const store = await repository.store(caseId);
  if (!store.ok) return store;
  const { access } = store.value.status;
  if (access.mode === 'read-only') return failure('read-only', `Nothing was attached: ${access.reason}`);
  const title = attachmentTargetTitle(store.value.file, target);
  return title.ok ? success(store.value.file) : title;
}

/** The core's side of the attachments channels. */
export function createAttachmentHandlers(repository: CaseRepository, environment: Environment): Pick<Handlers, keyof typeof attachmentChannels> {
  return {
    'attachment.import': async ({ caseId, target, path, name, mediaType }, { author }) => {
      const ready = await readyToAttach(repository, caseId, target);
      if (!ready.ok) return ready;
      const stored = await importAttachmentFile(layoutOf(repository, caseId), path);
      if (!stored.ok) return stored;
      // A file left stored when the target went meanwhile costs only space: it is named by its content, so it is
      // never confused with another, and attaching it again reuses it.
      const incoming = { sha256: stored.value.sha256, bytes: stored.value.bytes, name: name ?? basename(path), mediaType: mediaType ?? '' };
      return repository.change(caseId, (file) => attachFile(file, target, incoming, environment), author);
    },
    'attachment.rename': ({ caseId, attachmentId, name }, { author }) =>
      repository.change(caseId, (file) => renameAttachment(file, attachmentId, name, environment), author),
    'attachment.list': async ({ caseId, target }) => {
      const file = await repository.get(caseId);
      return file.ok ? success(attachmentsOn(file.value, target)) : file;
    },
    'attachment.locate': async ({ caseId, attachmentId }) => {
      const file = await repository.get(caseId);
      if (!file.ok) return file;
      const attachment = findAttachment(file.value, attachmentId);
      if (!attachment.ok) return attachment;
      return success({ attachment: attachment.value, path: attachmentPath(layoutOf(repository, caseId), attachment.value.sha256) });
    },
  };
}
