import type { CaseFile } from '../domain/case-file';
import type { Annotation, AnnotationFields, AnnotationTarget } from '../domain/annotation';
import { success } from '../result';
import { timestamp, type Environment, type Operation } from './environment';
import { checkAnnotationTarget, findIndex, replaceAt } from './references';

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
  return success({ file: { ...file, annotations: [...file.annotations, annotation] }, value: annotation });
}

export function updateAnnotation(
  file: CaseFile,
  annotationId: string,
  fields: AnnotationFields,
  environment: Environment,
): Operation<Annotation> {
  const index = findIndex(file, 'annotations', annotationId);
  if (!index.ok) return index;
  const annotation: Annotation = { ...file.annotations[index.value]!, ...fields, updatedAt: timestamp(environment) };
  return success({ file: { ...file, annotations: replaceAt(file.annotations, index.value, annotation) }, value: annotation });
}

export function deleteAnnotation(file: CaseFile, annotationId: string): Operation<{ deleted: string }> {
  const index = findIndex(file, 'annotations', annotationId);
  if (!index.ok) return index;
  const annotations = file.annotations.filter((annotation) => annotation.id !== annotationId);
  return success({ file: { ...file, annotations }, value: { deleted: annotationId } });
}
