import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importAttachmentFile } from '../../../electron/core/storage/attachment-files';
import { caseFolderLayout } from '../../../electron/core/storage/case-folder';
import { CaseRepository } from '../../../electron/core/storage/case-repository';
import type { CaseStoreOptions } from '../../../electron/core/storage/case-store';
import type { Attachment } from '../../../shared';
import { attachFile } from '../../../shared/operations/attachments';
import { actor, addIncident, emptyCase, storeOptions, unwrap, type TestEnvironment } from '../../support/case-store';

/**
 * A library on real files with one case holding one incident, and a way to attach files to it as the
 * `attachment.import` channel does: the file stored under its hash, then the record journalled. Built without the
 * sample case, so these tests stand on the storage alone.
 */
export async function libraryWithCase(folder: string, environment: TestEnvironment, overrides: Partial<CaseStoreOptions> = {}) {
  const repository = new CaseRepository(join(folder, 'cases'), storeOptions(environment, overrides));
  const created = emptyCase(environment);
  const caseId = created.case.id;
  unwrap(await repository.create(created));
  const incident = unwrap(await repository.change(caseId, addIncident(environment, { title: 'Harbour fire' }), actor));
  const layout = caseFolderLayout(repository.folderOf(caseId));
  const store = async () => unwrap(await repository.store(caseId));

  async function attach(content: string, name: string, target = { kind: 'incident' as const, id: incident.id }): Promise<Attachment> {
    const path = join(folder, name);
    await writeFile(path, content);
    const stored = unwrap(await importAttachmentFile(layout, path));
    const incoming = { sha256: stored.sha256, bytes: stored.bytes, name, mediaType: 'text/plain' };
    return unwrap(await repository.change(caseId, (file) => attachFile(file, target, incoming, environment), actor)).attachment;
  }

  return { repository, caseId, incident, layout, store, attach };
}

export function sha256Of(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}
