import { useId, useRef, useState } from 'react';
import type { CastMember } from '../../../shared';
import type { EntityFields } from '../../../shared/operations/entities';
import { useApi, useSave } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { useFocusReturn } from '../../components/use-focus-return';
import { capitalised } from '../../lib/labels';
import { CaseSensitivity } from '../workspace/CaseSensitivity';
import { SensitiveBadge } from '../workspace/SensitiveBadge';
import { counted } from './cast-view';
import { EntityAppearances } from './EntityAppearances';
import { EntityForm } from './EntityForm';
import { EntityNotes } from './EntityNotes';

export interface EntityCardProps {
  readonly caseId: string;
  readonly member: CastMember;
  readonly revision: number;
  readonly readOnly: boolean;
  /** Called once an edit reached disk, so the cast and anything else on screen are read again. */
  readonly onSaved: () => void;
  readonly onMerge: (member: CastMember) => void;
}

/** One person, organisation or place: who it is, where it appears, notes on it, and the edit and merge actions. */
export function EntityCard({ caseId, member, revision, readOnly, onSaved, onMerge }: EntityCardProps) {
  const { call } = useApi();
  const { state, save } = useSave();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const { entity, annotationCount } = member;
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(editing, editButton);

  const write = async (fields: EntityFields) => {
    const result = await save(() => call('entity.update', { caseId, entityId: entity.id, entity: fields }));
    if (!result.ok) return;
    setEditing(false);
    onSaved();
  };

  return (
    <article aria-labelledby={headingId} className="panel space-y-3 p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold">
            {entity.name}
          </h3>
          <p className="flex items-center gap-2 text-xs text-stone-600">
            <span>
              {capitalised(entity.kind)}
              {annotationCount > 0 && ` · ${counted(annotationCount, 'note')}`}
            </span>
            {entity.sensitivity && <SensitiveBadge />}
          </p>
        </div>
        {!editing && (
          <span className="flex gap-1">
            <button ref={editButton} type="button" className="button" aria-describedby={headingId} disabled={readOnly} onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button" aria-describedby={headingId} disabled={readOnly} onClick={() => onMerge(member)}>
              Merge…
            </button>
          </span>
        )}
      </header>
      {editing ? (
        <EntityForm label={`Edit ${entity.name}`} initial={entity} saving={state.phase === 'saving'} onSubmit={write} onCancel={() => setEditing(false)} />
      ) : (
        <>
          {entity.aliases.length > 0 && (
            <p className="text-sm">
              <span className="text-stone-600">Also known as </span>
              {entity.aliases.join(' · ')}
            </p>
          )}
          {entity.description && <p className="whitespace-pre-line text-sm text-stone-800">{entity.description}</p>}
          <div className="max-w-md">
            <CaseSensitivity kind="entity" item={entity} onChanged={onSaved} />
          </div>
          <EntityAppearances caseId={caseId} member={member} revision={revision} />
          <EntityNotes caseId={caseId} entityId={entity.id} annotationCount={annotationCount} revision={revision} />
        </>
      )}
      <SaveStatus state={state} />
    </article>
  );
}
