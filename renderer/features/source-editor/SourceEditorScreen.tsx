import { useNavigate, useParams } from 'react-router';
import type { Source } from '../../../shared';
import { paths } from '../../app/paths';
import { useCaseDetail, useOpenCase } from '../workspace/case-context';
import { CaseSubScreen } from '../workspace/CaseSubScreen';
import { LoadedDetail } from '../workspace/LoadedDetail';
import { SourceEditor } from './SourceEditor';

/** `…/sources/:sourceId/edit`: the source is read with its snapshot text first, which the outline does not carry. */
function EditExisting({ caseId, sourceId, onSaved, onCancel }: { readonly caseId: string; readonly sourceId: string; readonly onSaved: (source: Source) => void; readonly onCancel: () => void }) {
  const loaded = useCaseDetail('source.get', { caseId, sourceId });
  return (
    <LoadedDetail loaded={loaded} what="the source" missing={`This case has no source with the id “${sourceId}”.`}>
      {(detail) => <SourceEditor key={sourceId} caseId={caseId} source={detail.source} onSaved={onSaved} onCancel={onCancel} />}
    </LoadedDetail>
  );
}

/** `…/sources/new` and `…/sources/:sourceId/edit`: once saved, the case is read again and the source is shown. */
export function SourceEditorScreen() {
  const { sourceId } = useParams();
  const { outline, reload, readOnly } = useOpenCase();
  const navigate = useNavigate();
  const caseId = outline.case.id;
  const saved = (source: Source) => {
    reload();
    void navigate(paths.source(caseId, source.id));
  };
  const cancel = () => void navigate(sourceId ? paths.source(caseId, sourceId) : paths.case(caseId));
  const title = sourceId ? 'Edit source' : 'New source';
  return (
    <CaseSubScreen title={title}>
      {readOnly ? (
        <p role="alert" className="px-8 py-6 text-sm">
          This case is open read-only in this window: sources cannot be added or changed here.
        </p>
      ) : sourceId ? (
        <EditExisting caseId={caseId} sourceId={sourceId} onSaved={saved} onCancel={cancel} />
      ) : (
        <SourceEditor caseId={caseId} onSaved={saved} onCancel={cancel} />
      )}
    </CaseSubScreen>
  );
}
