import { realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseFileSchema, currentSchemaVersion, defaultRedactionProfiles, describeIssues, genesisHash, selectorsFor, type CaseFile } from '../shared';
import type { QuoteDefinition, SampleCaseDefinition } from './definition/types';
import { sampleCaseDefinition } from './sample-case.definition';

export const sampleCasePath = fileURLToPath(new URL('./sample-case.json', import.meta.url));

/** A passage found twice would anchor ambiguously, so it must occur exactly once. */
function locate(text: string, quote: QuoteDefinition): number {
  const start = text.indexOf(quote.exact);
  if (start < 0) throw new Error(`Quote "${quote.id}": its text is not in the snapshot of "${quote.sourceId}".`);
  if (text.includes(quote.exact, start + 1)) {
    throw new Error(`Quote "${quote.id}": its text occurs more than once in "${quote.sourceId}"; quote a longer passage.`);
  }
  return start;
}

/** An incident backed by a quote must list the quote's source, or the printed summary would cite it nowhere. */
function checkQuotedSourcesListed(definition: SampleCaseDefinition): void {
  for (const quote of definition.quotes) {
    for (const incidentId of quote.incidentIds) {
      const incident = definition.incidents.find((candidate) => candidate.id === incidentId);
      if (incident && !incident.sourceIds?.includes(quote.sourceId)) {
        throw new Error(`Incident "${incidentId}" is backed by quote "${quote.id}" but does not list its source "${quote.sourceId}".`);
      }
    }
  }
}

function buildQuotes(definition: SampleCaseDefinition, stamps: { createdAt: string; updatedAt: string }) {
  const snapshots = new Map(definition.sources.map((source) => [source.id, source.snapshot?.text ?? '']));
  return definition.quotes.map((quote) => {
    const text = snapshots.get(quote.sourceId) ?? '';
    const start = locate(text, quote);
    return {
      id: quote.id,
      sourceId: quote.sourceId,
      ...selectorsFor(text, start, start + quote.exact.length),
      credibility: quote.credibility,
      incidentIds: [...quote.incidentIds],
      ...stamps,
    };
  });
}

/** Turns the readable definition into a validated case file; throws, naming the problem, when it is inconsistent. */
export function buildSampleCase(definition: SampleCaseDefinition = sampleCaseDefinition): CaseFile {
  checkQuotedSourcesListed(definition);
  const stamps = { createdAt: definition.timestamp, updatedAt: definition.timestamp };
  const document = {
    schemaVersion: currentSchemaVersion,
    revision: { sequence: 0, hash: genesisHash },
    case: { ...definition.case, ...stamps },
    incidents: definition.incidents.map((incident) => ({ ...incident, ...stamps })),
    sources: definition.sources.map((source) => ({ ...source, ...stamps })),
    quotes: buildQuotes(definition, stamps),
    entities: definition.entities.map((entity) => ({ ...entity, ...stamps })),
    annotations: definition.annotations.map((annotation) => ({ ...annotation, author: definition.annotationAuthor, ...stamps })),
    incidentLinks: definition.incidentLinks.map((link) => ({ ...link, createdAt: definition.timestamp })),
    attachments: [],
    trash: [],
    redactionProfiles: defaultRedactionProfiles(definition.timestamp),
  };
  const parsed = caseFileSchema.safeParse(document);
  if (!parsed.success) throw new Error(`The sample case does not validate: ${describeIssues(parsed.error, 20)}`);
  return parsed.data;
}

/** The committed form: two-space JSON with a final newline, so regenerating it leaves no diff. */
export function sampleCaseJson(caseFile: CaseFile): string {
  return `${JSON.stringify(caseFile, null, 2)}\n`;
}

function isRunAsScript(): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
}

if (isRunAsScript()) {
  writeFileSync(sampleCasePath, sampleCaseJson(buildSampleCase()));
  console.log(`Wrote ${sampleCasePath}`);
}
