import { useContext, useEffect, useState } from 'react';
import type { Annotation, Failure } from '../../../shared';
import { useApi } from '../../api';
import { FailureNotice } from '../../components/FailureNotice';
import { AnnotationsSection } from '../annotations/AnnotationsSection';
import { CaseContext } from '../workspace/case-context';

interface EntityNotesProps {
  readonly caseId: string;
  readonly entityId: string;
  /** How many notes the cast counted on the entity: they are read only when there are some. */
  readonly annotationCount: number;
  /** Moves after each edit: the notes are read again. */
  readonly revision: number;
}

type Read = { readonly reading: string; readonly annotations: readonly Annotation[] } | { readonly reading: string; readonly error: Failure };

/**
 * The notes on one person, organisation or place, with add, edit and delete. The cast carries only their count, so
 * they are read with the entity's detail when there are any: a case of thousands of entities reads no detail for
 * those without notes. The section stays in place while they are read, so the keyboard is never thrown out of it.
 */
function Notes({ caseId, entityId, annotationCount, revision }: EntityNotesProps) {
  const { call } = useApi();
  const [read, setRead] = useState<Read>();
  const reading = `${entityId}@${revision}`;
  useEffect(() => {
    if (annotationCount === 0) return;
    let current = true;
    void call('entity.get', { caseId, entityId }).then((result) => {
      if (current) setRead(result.ok ? { reading, annotations: result.value.annotations } : { reading, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [call, caseId, entityId, annotationCount, reading]);
  if (read && 'error' in read) return <FailureNotice failure={read.error} />;
  const annotations = annotationCount > 0 && read ? read.annotations : [];
  return <AnnotationsSection target={{ kind: 'entity', id: entityId }} annotations={annotations} heading="Notes" />;
}

/** Shown inside an open case; the cast drawn on its own (a test, a preview) has no case to write notes to. */
export function EntityNotes(props: EntityNotesProps) {
  return useContext(CaseContext) ? <Notes {...props} /> : null;
}
