import type { CaseFile } from '../domain/case-file';
import type { Annotation, AnnotationFields, AnnotationTarget } from '../domain/annotation';
import { success } from '../result';
import { created, updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';
import { checkAnnotationTarget, findIndex } from './references';
import { deleteToTrash } from './trash';

export function createAnnotation(
  file: CaseFile,
  target: AnnotationTarget,
  fields: AnnotationFields,
  author: string,
  environment: Environment,
): Operation<Annotation> {
  const targetCheck = checkAnnotationTarget(file, target);
  if (!targetCheck.ok) return targetCheck;
  const now = timestamp(environment);
  const annotation: Annotation = { ...fields, id: environment.newId(), target, author, createdAt: now, updatedAt: now };
  return success({
    value: annotation,
    label: `Added a note to the ${target.kind}`,
    changes: [created('annotations', annotation)],
  });
}

export function updateAnnotation(
  file: CaseFile,
  annotationId: string,
  fields: AnnotationFields,
  environment: Environment,
): Operation<Annotation> {
  const index = findIndex(file, 'annotations', annotationId);
  if (!index.ok) return index;
  const before = file.annotations[index.value]!;
  const annotation: Annotation = { ...before, ...fields, updatedAt: timestamp(environment) };
  return success({
    value: annotation,
    label: `Edited a note on the ${annotation.target.kind}`,
    changes: [updated('annotations', before, annotation)],
  });
}

/** A note goes to the trash like anything else, so it can be restored. */
export function deleteAnnotation(file: CaseFile, annotationId: string, environment: Environment): Operation<{ deleted: string }> {
  const trashed = deleteToTrash(file, { kind: 'annotation', id: annotationId }, environment);
  return trashed.ok ? success({ ...trashed.value, value: { deleted: annotationId } }) : trashed;
}
