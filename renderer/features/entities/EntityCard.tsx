import { useEffect, useId, useRef, useState } from 'react';
import type { CastMember } from '../../../shared';
import type { EntityFields } from '../../../shared/operations/entities';
import { useApi, useSave } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { capitalised } from '../../lib/labels';
import { counted } from './cast-view';
import { EntityAppearances } from './EntityAppearances';
import { EntityForm } from './EntityForm';

export interface EntityCardProps {
  readonly caseId: string;
  readonly member: CastMember;
  readonly revision: number;
  readonly readOnly: boolean;
  /** Called once an edit reached disk, so the cast and anything else on screen are read again. */
  readonly onSaved: () => void;
  readonly onMerge: (member: CastMember) => void;
}

/** One person, organisation or place: who it is, where it appears, and the edit and merge actions. */
export function EntityCard({ caseId, member, revision, readOnly, onSaved, onMerge }: EntityCardProps) {
  const { call } = useApi();
  const { state, save } = useSave();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const { entity, annotationCount } = member;
  // When the form closes, the keyboard goes back to the Edit button instead of to the top of the page.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

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
          <p className="text-xs text-stone-600">
            {capitalised(entity.kind)}
            {annotationCount > 0 && ` · ${counted(annotationCount, 'note')}`}
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
          <EntityAppearances caseId={caseId} member={member} revision={revision} />
        </>
      )}
      <SaveStatus state={state} />
    </article>
  );
}
