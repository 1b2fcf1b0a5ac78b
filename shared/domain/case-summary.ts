import { z } from 'zod';
import { idSchema, optionalText, requiredText, timestampSchema } from './common';

export const caseDetailsSchema = z.object({
  id: idSchema,
  name: requiredText(200),
  summary: optionalText(20_000),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type CaseDetails = z.infer<typeof caseDetailsSchema>;
