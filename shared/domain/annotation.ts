import { z } from 'zod';
import { idSchema, optionalText, requiredText, storedFields, tagsSchema } from './common';
import { sensitivityField } from './redaction';

export const annotationTargetKinds = ['case', 'incident', 'source', 'quote', 'entity'] as const;

export const annotationTargetSchema = z.object({
  kind: z.enum(annotationTargetKinds),
  id: idSchema,
});
export type AnnotationTarget = z.infer<typeof annotationTargetSchema>;

export const annotationDraftSchema = z.object({
  /** Markdown; rendered sanitized, never as raw HTML. */
  body: requiredText(100_000),
  /** Marks the analyst's own judgement, kept visibly apart from sourced fact. */
  analystJudgement: z.boolean().default(false),
  tags: tagsSchema,
});
export type AnnotationDraft = z.input<typeof annotationDraftSchema>;
/** A draft after validation, with every default filled in. */
export type AnnotationFields = z.output<typeof annotationDraftSchema>;

export const annotationSchema = annotationDraftSchema.extend({
  ...storedFields,
  target: annotationTargetSchema,
  author: optionalText(200),
  ...sensitivityField,
});
export type Annotation = z.infer<typeof annotationSchema>;
