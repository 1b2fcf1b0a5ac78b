import { caseFileSchema, type CaseFile } from '../shared';
import sample from './sample-case.json' with { type: 'json' };

/** The sample case the core copies into an empty data folder; parsed, so a stale file fails loudly here. */
export const sampleCase: CaseFile = caseFileSchema.parse(sample);
