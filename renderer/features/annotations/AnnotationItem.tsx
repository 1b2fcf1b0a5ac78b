import { useId } from 'react';
import type { Annotation } from '../../../shared';
import { JudgementBadge } from '../../components/Badges';
import { Timestamp } from '../../components/Dates';
import { Markdown } from '../../components/Markdown';
import { CaseSensitivity } from '../workspace/CaseSensitivity';

interface AnnotationItemProps {
  readonly annotation: Annotation;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
  /** Edit and Delete are disabled when the case is read-only. */
  readonly readOnly: boolean;
}

export function AnnotationItem({ annotation, onEdit, onDelete, readOnly }: AnnotationItemProps) {
  const bylineId = useId();
  const edited = annotation.updatedAt !== annotation.createdAt;
  const judgement = annotation.analystJudgement;
  return (
    <article
      aria-labelledby={bylineId}
      // Opinion is set apart from sourced fact by more than colour: a heavy rule, a badge, and its own tint.
      className={`rounded-md border p-3 ${judgement ? 'border-violet-300 border-l-4 border-l-violet-600 bg-violet-50/50' : 'border-stone-200 bg-white'}`}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600">
        <p id={bylineId}>
          <span className="font-semibold text-stone-800">{annotation.author || 'Unnamed author'}</span>,{' '}
          <Timestamp iso={annotation.createdAt} />
          {edited && (
            <>
              {' '}
              · edited <Timestamp iso={annotation.updatedAt} />
            </>
          )}
        </p>
        {judgement && <JudgementBadge />}
        <span className="ml-auto flex gap-1">
          <button type="button" className="button button-quiet px-2 py-0.5 text-xs" aria-describedby={bylineId} disabled={readOnly} onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="button button-quiet px-2 py-0.5 text-xs text-red-700" aria-describedby={bylineId} disabled={readOnly} onClick={onDelete}>
            Delete
          </button>
        </span>
      </header>
      <div className="mt-2">
        <Markdown text={annotation.body} />
      </div>
      {annotation.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-2 flex flex-wrap gap-1.5">
          {annotation.tags.map((tag) => (
            <li key={tag} className="rounded bg-stone-200/70 px-1.5 py-px text-xs text-stone-800">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 max-w-md">
        <CaseSensitivity kind="annotation" item={annotation} />
      </div>
    </article>
  );
}
