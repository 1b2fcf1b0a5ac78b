import {
  createAnnotation,
  updateAnnotation,
  updateIncident,
  type CaseFile,
  type Environment,
  type Incident,
  type IncidentFields,
  type Operation,
} from '../../shared';
import { ProseWriter } from './prose';
import { SeededRandom } from './random';
import { analystNames } from './vocabulary';

export type Edit = (file: CaseFile) => Operation<unknown>;

function fieldsOf(incident: Incident): IncidentFields {
  const { title, summary, date, place, status, tags, sourceIds, participants, claims } = incident;
  return { title, summary, date, place, status, tags, sourceIds, participants, claims };
}

/**
 * The edits an analyst makes while working a case, drawn in a seeded order so both storage engines get the same
 * sequence: mostly rewording incidents, then adding and revising notes. Each goes through the shared operations,
 * as the app's own edits do.
 */
export class EditStream {
  private readonly random: SeededRandom;
  private readonly prose: ProseWriter;

  constructor(
    file: CaseFile,
    private readonly environment: Environment,
    seed = 42,
  ) {
    this.random = new SeededRandom(seed);
    const named = (kind: string) => file.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
    this.prose = new ProseWriter(this.random, { people: named('person'), organisations: named('organisation') });
  }

  /** The next edit, chosen against the case as it stands now. */
  next(current: CaseFile): Edit {
    const roll = this.random.next();
    if (roll < 0.15 && current.annotations.length > 0) return this.reviseNote(this.random.pick(current.annotations).id);
    if (roll < 0.4) return this.addNote(this.random.pick(current.incidents).id);
    return this.rewordIncident(this.random.pick(current.incidents).id);
  }

  private rewordIncident(incidentId: string): Edit {
    const summary = this.prose.summary();
    const tags = this.prose.tags();
    return (file) => {
      const incident = file.incidents.find((candidate) => candidate.id === incidentId)!;
      return updateIncident(file, incidentId, { ...fieldsOf(incident), summary, tags }, this.environment);
    };
  }

  private addNote(incidentId: string): Edit {
    const fields = { body: this.prose.markdownNote(), analystJudgement: this.random.chance(0.3), tags: [] };
    const author = this.random.pick(analystNames);
    return (file) => createAnnotation(file, { kind: 'incident', id: incidentId }, fields, author, this.environment);
  }

  private reviseNote(annotationId: string): Edit {
    const fields = { body: this.prose.markdownNote(), analystJudgement: this.random.chance(0.3), tags: [] };
    return (file) => updateAnnotation(file, annotationId, fields, this.environment);
  }
}
