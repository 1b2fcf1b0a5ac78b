import { applyChanges, caseFileSchema, type CaseFile, type Environment, type Operation } from '../../../shared';
import { sampleCase } from '../../../seeds';

const at = '2026-12-01T10:00:00.000Z';

/**
 * The sample case with what it lacks and the trash must handle: claims citing quotes (one citing quotes of two
 * sources), files attached to a source and an incident, and a note on a quote that goes with its source.
 */
export function trashTestCase(): CaseFile {
  const file = structuredClone(sampleCase);
  const plot = file.incidents.find((incident) => incident.id === 'incident-2018-paris-rally-plot')!;
  plot.claims = [
    { id: 'claim-tatp', text: 'Assadi carried the explosives to Austria.', quoteIds: ['quote-article-assadi-smuggled-tatp', 'quote-lci-2018-example'] },
    { id: 'claim-couple', text: 'A couple was to carry out the attack.', quoteIds: ['quote-article-belgian-iranian-couple'] },
  ];
  const attachment = (id: string, kind: 'source' | 'incident', targetId: string) => ({
    id,
    target: { kind, id: targetId },
    sha256: 'a'.repeat(63) + id.length.toString(16).slice(-1),
    name: `${id}.pdf`,
    bytes: 1200,
    mediaType: 'application/pdf',
    capturedAt: at,
    createdAt: at,
    updatedAt: at,
  });
  file.attachments = [attachment('attachment-article-pdf', 'source', 'source-article'), attachment('attachment-plot-photo', 'incident', plot.id)];
  return caseFileSchema.parse(file);
}

/** A clock and ids that tests can name. */
export function testEnvironment(): Environment {
  let id = 0;
  return { now: () => new Date('2026-12-02T09:00:00.000Z'), newId: () => `trash-${(id += 1)}` };
}

/** Applies an operation's changes the way the store does, and validates the result as a whole case. */
export function applied<T>(file: CaseFile, operation: Operation<T>): { file: CaseFile; value: T; label: string } {
  if (!operation.ok) throw new Error(`The operation failed: ${operation.error.code}: ${operation.error.message}`);
  const next = applyChanges(file, operation.value.changes);
  if (!next.ok) throw new Error(next.error.message);
  const checked = caseFileSchema.safeParse(next.value);
  if (!checked.success) throw new Error(`The case no longer validates: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
  return { file: next.value, value: operation.value.value, label: operation.value.label };
}

/** The case with each collection ordered by id: a restore appends, so order in a collection is not what is compared. */
export function byId(file: CaseFile): CaseFile {
  const sorted = <T extends { id: string }>(list: readonly T[]) => [...list].sort((left, right) => left.id.localeCompare(right.id));
  return {
    ...file,
    incidents: sorted(file.incidents),
    sources: sorted(file.sources),
    quotes: sorted(file.quotes),
    entities: sorted(file.entities),
    annotations: sorted(file.annotations),
    incidentLinks: sorted(file.incidentLinks),
    attachments: sorted(file.attachments),
    trash: sorted(file.trash),
  };
}
