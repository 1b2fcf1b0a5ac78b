import type { AttachmentTarget } from '../../../shared';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { useCaseDetail, useOpenCase } from '../workspace/case-context';
import { AttachmentsSection } from './AttachmentsSection';

/**
 * The files attached to one source or incident, read apart from its detail (which does not carry them), and read
 * again with the case after a file is attached.
 */
export function AttachedFiles({ caseId, target }: { readonly caseId: string; readonly target: AttachmentTarget }) {
  const { reload, readOnly } = useOpenCase();
  const loaded = useCaseDetail('attachment.list', { caseId, target });
  if (loaded.status === 'loading') return <Loading what="the attachments" />;
  if (loaded.status === 'failed') return <FailureNotice failure={loaded.error} title="Dossier could not list the attachments" />;
  return <AttachmentsSection caseId={caseId} target={target} attachments={loaded.value} onChanged={reload} readOnly={readOnly} />;
}
