import { useMemo, useRef, useState } from 'react';
import { annotationsOn, type Annotation, type AnnotationFields, type AnnotationTarget } from '../../../shared';
import { useApi, useSave } from '../../api';
import { Dialog } from '../../components/Dialog';
import { SaveStatus } from '../../components/SaveStatus';
import { useFocusReturn } from '../../components/use-focus-return';
import { useCommands, type Command } from '../commands/command-registry';
import { useOpenCase } from '../workspace/case-context';
import { AnnotationForm } from './AnnotationForm';
import { AnnotationItem } from './AnnotationItem';

/** What is being edited: a new annotation, an existing one by id, or nothing. */
type Editing = { readonly kind: 'new' } | { readonly kind: 'existing'; readonly id: string } | undefined;

interface AnnotationsSectionProps {
  readonly target: AnnotationTarget;
  /** The annotations the screen read with its detail; those on the target are shown. */
  readonly annotations: readonly Annotation[];
  readonly heading?: string;
  /** The screen's own subject (not a quote listed on it): offers "New note" in the palette and by shortcut. */
  readonly primary?: boolean;
}

/** The annotations on one thing (the case, an incident, a source), with add, edit and delete. */
export function AnnotationsSection({ target, annotations, heading = 'Annotations', primary = false }: AnnotationsSectionProps) {
  const { outline, reload, readOnly } = useOpenCase();
  const { call } = useApi();
  const { state, save } = useSave();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<Annotation>();
  const addButton = useRef<HTMLButtonElement>(null);
  const caseId = outline.case.id;
  useFocusReturn(editing?.kind === 'new', addButton);
  const shown = annotationsOn(annotations, target);
  const saving = state.phase === 'saving';
  const headingId = `annotations-${target.kind}-${target.id}`;
  const commands = useMemo<Command[]>(
    () =>
      primary
        ? [
            {
              id: 'note.new',
              title: `New note on this ${target.kind}`,
              group: 'Notes',
              shortcut: 'Mod+Alt+M',
              keywords: ['annotation', 'add', 'comment', 'judgement'],
              disabledReason: readOnly ? 'This case is open read-only in this window.' : undefined,
              run: () => setEditing({ kind: 'new' }),
            },
          ]
        : [],
    [primary, target.kind, readOnly],
  );
  useCommands(commands);

  const write = async (fields: AnnotationFields) => {
    const result = await save(() =>
      editing?.kind === 'existing'
        ? call('annotation.update', { caseId, annotationId: editing.id, annotation: fields })
        : call('annotation.create', { caseId, target, annotation: fields }),
    );
    if (!result.ok) return;
    setEditing(undefined);
    reload();
  };

  const remove = async (annotation: Annotation) => {
    setDeleting(undefined);
    const result = await save(() => call('annotation.delete', { caseId, annotationId: annotation.id }), 'Deleted');
    if (result.ok) reload();
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold">
          {heading} ({shown.length})
        </h3>
        {editing?.kind !== 'new' && (
          <button ref={addButton} type="button" className="button" disabled={readOnly} onClick={() => setEditing({ kind: 'new' })}>
            Add annotation
          </button>
        )}
      </div>
      {shown.length === 0 && editing?.kind !== 'new' && <p className="text-sm text-stone-500">No annotations yet.</p>}
      {shown.map((annotation) =>
        editing?.kind === 'existing' && editing.id === annotation.id ? (
          <AnnotationForm key={annotation.id} label="Edit annotation" initial={annotation} saving={saving} onSubmit={write} onCancel={() => setEditing(undefined)} />
        ) : (
          <AnnotationItem
            key={annotation.id}
            annotation={annotation}
            onEdit={() => setEditing({ kind: 'existing', id: annotation.id })}
            onDelete={() => setDeleting(annotation)}
            readOnly={readOnly}
          />
        ),
      )}
      {editing?.kind === 'new' && <AnnotationForm label="New annotation" saving={saving} onSubmit={write} onCancel={() => setEditing(undefined)} />}
      <SaveStatus state={state} />
      <Dialog title="Delete this annotation?" role="alertdialog" open={deleting !== undefined} onClose={() => setDeleting(undefined)}>
        <p className="text-sm text-stone-700">It goes to the case’s trash, from where it can be restored; Undo also puts it back.</p>
        <blockquote className="mt-2 line-clamp-3 border-l-2 border-stone-300 pl-3 text-sm text-stone-600">{deleting?.body}</blockquote>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="button" onClick={() => setDeleting(undefined)}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={() => deleting && void remove(deleting)}>
            Delete annotation
          </button>
        </div>
      </Dialog>
    </section>
  );
}
