import type { Annotation, AnnotationTarget } from '../domain/annotation';

const targetKey = (target: AnnotationTarget) => `${target.kind}:${target.id}`;

/** The annotations on any of the targets, oldest first. */
export function annotationsOnAny(annotations: readonly Annotation[], targets: readonly AnnotationTarget[]): Annotation[] {
  const wanted = new Set(targets.map(targetKey));
  return annotations
    .filter((annotation) => wanted.has(targetKey(annotation.target)))
    .sort((first, second) => first.createdAt.localeCompare(second.createdAt));
}

/** The annotations on one target, oldest first. */
export function annotationsOn(annotations: readonly Annotation[], target: AnnotationTarget): Annotation[] {
  return annotationsOnAny(annotations, [target]);
}
