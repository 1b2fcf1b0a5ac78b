import { z } from 'zod';
import { optionalText, requiredText, storedFields } from './common';
import { sensitivityField } from './redaction';

export const entityKinds = ['person', 'organisation', 'place'] as const;

export const entitySchema = z.object({
  ...storedFields,
  kind: z.enum(entityKinds),
  name: requiredText(300),
  aliases: z.array(requiredText(300)).max(100).default([]),
  description: optionalText(20_000),
  ...sensitivityField,
});
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity['kind'];
