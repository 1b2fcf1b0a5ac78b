import { z } from 'zod';
import { idSchema } from '../domain/common';
import {
  redactionProfileDraftSchema,
  sensitiveTargetSchema,
  type RedactionProfile,
  type Sensitivity,
  type SensitiveTarget,
} from '../domain/redaction';
import { returns } from './returns';

const caseReference = z.object({ caseId: idSchema });

/** Redaction: who a printed summary is for (profiles) and what each may not see (sensitive marks). */
export const redactionChannels = {
  'redaction.profiles': { input: caseReference, output: returns<RedactionProfile[]>() },
  'redaction.createProfile': {
    input: caseReference.extend({ profile: redactionProfileDraftSchema }),
    output: returns<RedactionProfile>(),
  },
  'redaction.updateProfile': {
    input: caseReference.extend({ profileId: idSchema, profile: redactionProfileDraftSchema }),
    output: returns<RedactionProfile>(),
  },
  /** Also takes the profile out of every sensitive mark that released an item to it. */
  'redaction.deleteProfile': {
    input: caseReference.extend({ profileId: idSchema }),
    output: returns<{ deleted: string }>(),
  },
  /** `sensitive: false` clears the mark; `releasedTo` names the profiles that may still print a sensitive item. */
  'redaction.mark': {
    input: caseReference.extend({
      target: sensitiveTargetSchema,
      sensitive: z.boolean(),
      releasedTo: z.array(idSchema).max(100).default([]),
    }),
    output: returns<{ target: SensitiveTarget; sensitivity: Sensitivity | null }>(),
  },
} as const;
