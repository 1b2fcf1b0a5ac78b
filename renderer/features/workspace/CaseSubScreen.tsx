import type { ReactNode } from 'react';
import { paths } from '../../app/paths';
import { UndoRedoButtons } from '../case-status/UndoRedoButtons';
import { useOpenCase } from './case-context';
import { CaseHeader } from './CaseHeader';

/** A case screen of its own (people, trash, search): where it sits, its title, undo and redo, and its body. */
export function CaseSubScreen({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const { outline } = useOpenCase();
  const caseId = outline.case.id;
  return (
    <div className="flex h-full flex-col">
      <CaseHeader crumbs={[{ label: 'Case library', to: paths.library() }, { label: outline.case.name, to: paths.case(caseId) }, { label: title }]} title={title}>
        <UndoRedoButtons />
      </CaseHeader>
      <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
    </div>
  );
}
