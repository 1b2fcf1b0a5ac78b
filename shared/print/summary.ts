import type { Annotation } from '../domain/annotation';
import type { CaseFile } from '../domain/case-file';
import type { Entity } from '../domain/entity';
import type { Incident } from '../domain/incident';
import type { Quote } from '../domain/quote';
import type { Source } from '../domain/source';
import { inChronologicalOrder } from '../read-model/chronology';
import type { PrintOptions } from './print-options';
import { incidentMatcher } from './summary-selection';
import type {
  AppendixEntry,
  CastMember,
  ChronologyEntry,
  Footnote,
  IncidentSection,
  NotesOn,
  PrintedClaim,
  RegisterEntry,
  SummaryModel,
} from './summary-types';

const noNotes: NotesOn = { notes: [], judgements: [] };

/** Lookups built once, so a thousand incidents do not each scan every quote and note of the case. */
interface Index {
  readonly sources: ReadonlyMap<string, Source>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly quotesByIncident: ReadonlyMap<string, readonly Quote[]>;
  notesOn(kind: Annotation['target']['kind'], id: string): NotesOn;
}

function grouped<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function indexOf(file: CaseFile, withNotes: boolean): Index {
  const byTarget = grouped(
    [...file.annotations].sort((first, second) => first.createdAt.localeCompare(second.createdAt)),
    (annotation) => [`${annotation.target.kind}:${annotation.target.id}`],
  );
  return {
    sources: new Map(file.sources.map((source) => [source.id, source])),
    entities: new Map(file.entities.map((entity) => [entity.id, entity])),
    quotes: new Map(file.quotes.map((quote) => [quote.id, quote])),
    quotesByIncident: grouped(file.quotes, (quote) => quote.incidentIds),
    notesOn(kind, id) {
      const annotations = withNotes ? byTarget.get(`${kind}:${id}`) : undefined;
      if (!annotations) return noNotes;
      return {
        notes: annotations.filter((annotation) => !annotation.analystJudgement),
        judgements: annotations.filter((annotation) => annotation.analystJudgement),
      };
    },
  };
}

/** Numbers the quotes an incident cites: those its claims cite first, in claim order, then the rest linked to it. */
function sectionOf(incident: Incident, position: number, firstNumber: number, index: Index): IncidentSection {
  const footnotes: Footnote[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (quote: Quote): number | undefined => {
    const known = numbers.get(quote.id);
    if (known !== undefined) return known;
    const source = index.sources.get(quote.sourceId);
    if (!source) return undefined;
    const number = firstNumber + footnotes.length;
    numbers.set(quote.id, number);
    footnotes.push({
      number,
      quote,
      source,
      grade: `${source.reliability}${quote.credibility}`,
      verified: quote.anchor === 'anchored',
      annotations: index.notesOn('quote', quote.id),
    });
    return number;
  };
  const claims: PrintedClaim[] = incident.claims.map((claim) => {
    const footnoteNumbers = claim.quoteIds.flatMap((id) => {
      const quote = index.quotes.get(id);
      const number = quote && numberOf(quote);
      return number === undefined ? [] : [number];
    });
    return { claim, footnoteNumbers, unsupported: footnoteNumbers.length === 0 };
  });
  const cited = new Set(numbers.keys());
  const summaryFootnoteNumbers = (index.quotesByIncident.get(incident.id) ?? [])
    .filter((quote) => !cited.has(quote.id))
    .flatMap((quote) => numberOf(quote) ?? []);
  return {
    position,
    incident,
    involved: incident.participants.flatMap((participant) => {
      const entity = index.entities.get(participant.entityId);
      return entity ? [{ entity, role: participant.role }] : [];
    }),
    claims,
    summaryFootnoteNumbers,
    footnotes,
    annotations: index.notesOn('incident', incident.id),
  };
}

function sectionsOf(incidents: readonly Incident[], index: Index): IncidentSection[] {
  let nextNumber = 1;
  return incidents.map((incident, at) => {
    const section = sectionOf(incident, at + 1, nextNumber, index);
    nextNumber += section.footnotes.length;
    return section;
  });
}

const nameOrder = new Intl.Collator().compare;

/** Only the people and organisations the printed incidents involve. */
function castOf(sections: readonly IncidentSection[], index: Index): CastMember[] {
  const appearances = new Map<string, CastMember['appearances'][number][]>();
  for (const { incident, position, involved } of sections) {
    for (const { entity, role } of involved) {
      const list = appearances.get(entity.id) ?? [];
      list.push({ position, incident, role });
      appearances.set(entity.id, list);
    }
  }
  return [...appearances.entries()]
    .flatMap(([id, list]) => {
      const entity = index.entities.get(id);
      return entity ? [{ entity, appearances: list, annotations: index.notesOn('entity', id) }] : [];
    })
    .sort((first, second) => nameOrder(first.entity.name, second.entity.name));
}

/** Only the sources the printed footnotes cite, with how many of their quotes are cited. */
function registerOf(sections: readonly IncidentSection[], index: Index): RegisterEntry[] {
  const quotesBySource = new Map<string, Set<string>>();
  for (const { quote, source } of sections.flatMap((section) => section.footnotes)) {
    const set = quotesBySource.get(source.id) ?? new Set<string>();
    set.add(quote.id);
    quotesBySource.set(source.id, set);
  }
  return [...quotesBySource.entries()]
    .flatMap(([id, quotes]) => {
      const source = index.sources.get(id);
      return source ? [{ source, quotesCited: quotes.size, annotations: index.notesOn('source', id) }] : [];
    })
    .sort((first, second) => nameOrder(first.source.title, second.source.title));
}

/** Files attached to the printed incidents and to the sources they cite, in the order those are printed. */
function appendixOf(file: CaseFile, sections: readonly IncidentSection[], register: readonly RegisterEntry[]): AppendixEntry[] {
  const owners = new Map<string, string>();
  for (const { incident, position } of sections) owners.set(`incident:${incident.id}`, `Incident ${position}: ${incident.title}`);
  for (const { source } of register) owners.set(`source:${source.id}`, `Source: ${source.title}`);
  const order = [...owners.keys()];
  return file.attachments
    .filter((attachment) => owners.has(`${attachment.target.kind}:${attachment.target.id}`))
    .map((attachment) => {
      const key = `${attachment.target.kind}:${attachment.target.id}`;
      return { attachment, attachedTo: owners.get(key) ?? '', rank: order.indexOf(key) };
    })
    .sort((first, second) => first.rank - second.rank || nameOrder(first.attachment.name, second.attachment.name))
    .map(({ attachment, attachedTo }) => ({ attachment, attachedTo }));
}

/**
 * Arranges a case for printing. The file given is what may be printed — the redaction profile has already been
 * applied (`redactCase`) — and the options choose which incidents; the cast, the register and the appendix then
 * follow from the incidents chosen, so nothing about an incident left out is printed elsewhere.
 */
export function summaryModel(file: CaseFile, options: Pick<PrintOptions, 'selection' | 'sections'>): SummaryModel {
  const index = indexOf(file, options.sections.includes('annotations'));
  const incidents = inChronologicalOrder(file.incidents.filter(incidentMatcher(options.selection)));
  const sections = sectionsOf(incidents, index);
  const chronology: ChronologyEntry[] = sections.map(({ position, incident }) => ({
    position,
    incidentId: incident.id,
    date: incident.date,
    title: incident.title,
    status: incident.status,
  }));
  const register = registerOf(sections, index);
  const footnotes = sections.flatMap((section) => section.footnotes);
  return {
    caseAnnotations: index.notesOn('case', file.case.id),
    sections,
    chronology,
    cast: castOf(sections, index),
    register,
    appendix: appendixOf(file, sections, register),
    counts: {
      incidentsInCase: file.incidents.length,
      sourcesInCase: file.sources.length,
      footnotes: footnotes.length,
      orphanedQuotes: new Set(footnotes.filter((footnote) => !footnote.verified).map((footnote) => footnote.quote.id)).size,
      unsupportedClaims: sections.reduce((total, section) => total + section.claims.filter((claim) => claim.unsupported).length, 0),
    },
  };
}
