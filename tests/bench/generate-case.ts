import {
  entityRoles,
  incidentLinkKinds,
  incidentStatuses,
  newCaseFile,
  selectorsFor,
  type Annotation,
  type CaseFile,
  type Credibility,
  type Entity,
  type Incident,
  type Quote,
  type Reliability,
  type Source,
} from '../../shared';
import { ProseWriter, type NamePools } from './prose';
import { SeededRandom } from './random';
import { analystNames, cities, eventNouns, publishers } from './vocabulary';

export interface GenerateOptions {
  /** The size to reach, in bytes of the case's compact JSON (UTF-8). */
  readonly targetBytes: number;
  readonly seed?: number;
}

export interface GeneratedCase {
  readonly file: CaseFile;
  /** The exact size of JSON.stringify(file) in UTF-8 bytes. */
  readonly bytes: number;
}

type Collection = Exclude<keyof CaseFile, 'schemaVersion' | 'revision' | 'case'>;
/** Days run to the 20th so that a date range within the month always has room to end. */
interface StoryDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const articleLength = { minimum: 2_000, maximum: 20_000 };
const largeDocumentLength = { minimum: 100_000, maximum: 1_000_000 };
const largeDocumentShare = 1 / 400;
const firstInstant = Date.parse('2026-01-05T09:00:00.000Z');
const articleKinds: readonly Source['kind'][] = ['article', 'article', 'article', 'statement', 'interview', 'social-post'];
const largeDocumentKinds: readonly Source['kind'][] = ['court-record', 'report'];
const reliabilities: readonly Reliability[] = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'E', 'F'];
const credibilities: readonly Credibility[] = [1, 2, 2, 3, 3, 3, 4, 5, 6];

const pad = (value: number) => String(value).padStart(2, '0');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The end of the sentence that contains position `from`: just past its full stop. */
function sentenceEnd(text: string, from: number): number {
  const candidates = [text.indexOf('. ', from), text.indexOf('.\n', from)].filter((index) => index >= 0);
  return candidates.length > 0 ? Math.min(...candidates) + 1 : text.length;
}

/**
 * Builds a realistic case of a chosen size: stories of one incident each, with the sources that report it (most
 * of the bytes: their offline text), quotes anchored into that text, the people and organisations involved, and
 * analysts' notes. The size is counted as objects are added, so the whole case is never serialised to measure it.
 */
class CaseBuilder {
  private readonly random: SeededRandom;
  private readonly names: NamePools = { people: [], organisations: [] };
  private readonly prose: ProseWriter;
  private readonly file: CaseFile;
  private size: number;
  private clock = 0;

  constructor(
    seed: number,
    private readonly targetBytes: number,
  ) {
    this.random = new SeededRandom(seed);
    this.prose = new ProseWriter(this.random, this.names);
    const now = this.tick();
    const details = { name: 'Benchmark: criminal proxies across Europe', summary: '' };
    this.file = newCaseFile(details, { now: () => new Date(now), newId: () => this.random.uuid() });
    this.size = Buffer.byteLength(JSON.stringify(this.file));
  }

  get full(): boolean {
    return this.size >= this.targetBytes;
  }

  build(): GeneratedCase {
    for (let count = 0; count < 12; count += 1) this.addEntity();
    // Written once the case has people to mention; the empty summary it replaces was two bytes ("").
    const summary = this.prose.summary();
    this.file.case.summary = summary;
    this.size += Buffer.byteLength(JSON.stringify(summary)) - 2;
    this.story(true);
    while (!this.full) this.story(false);
    return { file: this.file, bytes: this.size };
  }

  private add<C extends Collection>(collection: C, item: CaseFile[C][number]): void {
    const list = this.file[collection] as CaseFile[C][number][];
    this.size += Buffer.byteLength(JSON.stringify(item)) + (list.length > 0 ? 1 : 0);
    list.push(item);
  }

  private tick(): string {
    this.clock += 1;
    return new Date(firstInstant + this.clock * 37_000).toISOString();
  }

  private story(withLargeDocument: boolean): void {
    const incidentId = this.random.uuid();
    const date: StoryDate = {
      year: this.random.integer(2015, 2025),
      month: this.random.integer(1, 12),
      day: this.random.integer(1, 20),
    };
    const newEntities = Array.from({ length: this.random.integer(0, 2) }, () => this.addEntity());
    const sourceIds: string[] = [];
    const sourceCount = this.random.integer(1, 4);
    for (let index = 0; index < sourceCount && !this.full; index += 1) {
      const large = (withLargeDocument && index === 0) || this.random.chance(largeDocumentShare);
      sourceIds.push(this.addSource(incidentId, date, large));
    }
    if (this.file.sources.length > sourceIds.length && this.random.chance(0.2)) {
      const earlier = this.random.pick(this.file.sources).id;
      if (!sourceIds.includes(earlier)) sourceIds.push(earlier);
    }
    this.addIncident(incidentId, date, sourceIds, newEntities);
    for (let count = this.random.integer(0, 3); count > 0; count -= 1) this.addAnnotation(incidentId);
    // The second story always links to the first, so that even a small case holds a link.
    const incidents = this.file.incidents.length;
    if (incidents === 2 || (incidents > 2 && this.random.chance(0.2))) this.addLink(incidentId);
  }

  private addEntity(): string {
    const kind = this.random.pick(['person', 'person', 'person', 'organisation', 'organisation', 'place'] as const);
    const { name, aliases } = this.prose.entityName(kind);
    if (kind === 'person') this.names.people.push(name);
    if (kind === 'organisation') this.names.organisations.push(name);
    const now = this.tick();
    const description = this.random.chance(0.7) ? this.prose.summary() : '';
    const entity: Entity = { id: this.random.uuid(), createdAt: now, updatedAt: now, kind, name, aliases, description };
    this.add('entities', entity);
    return entity.id;
  }

  private addSource(incidentId: string, date: StoryDate, large: boolean): string {
    const publisher = this.random.pick(publishers);
    const event = capitalise(this.random.pick(eventNouns));
    const headline = `${event} in ${this.prose.city()}: ${this.prose.sentence().slice(0, -1)}`;
    const author = large ? '' : this.prose.person();
    const length = large
      ? Math.min(this.random.logUniform(largeDocumentLength.minimum, largeDocumentLength.maximum), this.targetBytes / 20)
      : this.random.logUniform(articleLength.minimum, articleLength.maximum);
    const byline = large ? `Case file ${this.random.integer(100, 999)}/${date.year}` : `By ${author}, ${publisher}`;
    const text = `${headline}\n\n${byline}\n\n${this.prose.paragraphs(length)}`;
    const published = `${date.year}-${pad(date.month)}-${pad(date.day + this.random.integer(0, 3))}`;
    const now = this.tick();
    const id = this.random.uuid();
    const source: Source = {
      id,
      createdAt: now,
      updatedAt: now,
      kind: this.random.pick(large ? largeDocumentKinds : articleKinds),
      title: headline.slice(0, 500).trim(),
      author,
      publisher: large ? '' : publisher,
      published,
      accessed: `2026-01-${pad(this.random.integer(1, 28))}`,
      url: large ? '' : `https://www.${slug(publisher)}.example/${date.year}/${pad(date.month)}/${slug(headline).slice(0, 80)}`,
      reliability: this.random.pick(reliabilities),
      snapshot: { text, origin: large ? `${slug(headline).slice(0, 40)}.pdf` : 'saved web page', capturedAt: now },
    };
    this.add('sources', source);
    const quoteCount = large ? this.random.integer(4, 10) : this.random.integer(0, 4);
    for (let count = 0; count < quoteCount; count += 1) this.addQuote(source, incidentId);
    return id;
  }

  /** One or two whole sentences from the source's text, with both selectors computed from that text. */
  private addQuote(source: Source, incidentId: string): void {
    const text = source.snapshot.text;
    const from = this.random.integer(0, Math.max(0, text.length - 600));
    const boundary = text.indexOf('. ', from);
    const start = boundary < 0 ? 0 : boundary + 2;
    let end = sentenceEnd(text, start);
    if (this.random.chance(0.4) && end < text.length) end = sentenceEnd(text, end + 1);
    const now = this.tick();
    const quote: Quote = {
      id: this.random.uuid(),
      sourceId: source.id,
      ...selectorsFor(text, start, end),
      credibility: this.random.pick(credibilities),
      incidentIds: this.random.chance(0.85) ? [incidentId] : [],
      anchor: 'anchored',
      locator: '',
      createdAt: now,
      updatedAt: now,
    };
    this.add('quotes', quote);
  }

  private addIncident(id: string, date: StoryDate, sourceIds: string[], newEntities: string[]): void {
    const event = capitalise(this.random.pick(eventNouns));
    const others = this.random.sample(this.file.entities, this.random.integer(1, 4)).map((entity) => entity.id);
    const participantIds = [...new Set([...newEntities, ...others])];
    const now = this.tick();
    const incident: Incident = {
      id,
      createdAt: now,
      updatedAt: now,
      title: this.random.chance(0.5) ? `${event} in ${this.prose.city()}` : `${event} linked to ${this.prose.person()}`,
      summary: this.prose.summary(),
      date: this.edtfDate(date),
      place: this.random.chance(0.9) ? this.random.pick(cities) : '',
      status: this.random.pick(incidentStatuses),
      tags: this.prose.tags(),
      sourceIds,
      participants: participantIds.map((entityId) => ({ entityId, role: this.random.pick(entityRoles) })),
      claims: [],
    };
    this.add('incidents', incident);
  }

  /** Exact, uncertain, approximate, month-only, year-only and interval dates, as analysts record them. */
  private edtfDate({ year, month, day }: StoryDate): string {
    const exact = `${year}-${pad(month)}-${pad(day)}`;
    const forms = [
      exact, exact, exact, exact, exact,
      `${year}-${pad(month)}`, `${year}-${pad(month)}`, `${year}`, `${exact}?`, `${year}-${pad(month)}~`,
      `${exact}/${year}-${pad(month)}-${pad(day + this.random.integer(1, 8))}`,
    ];
    return this.random.pick(forms);
  }

  private addAnnotation(incidentId: string): void {
    const roll = this.random.next();
    const target: Annotation['target'] =
      roll < 0.55 ? { kind: 'incident', id: incidentId }
      : roll < 0.75 && this.file.quotes.length > 0 ? { kind: 'quote', id: this.random.pick(this.file.quotes).id }
      : roll < 0.9 && this.file.sources.length > 0 ? { kind: 'source', id: this.random.pick(this.file.sources).id }
      : roll < 0.97 ? { kind: 'entity', id: this.random.pick(this.file.entities).id }
      : { kind: 'case', id: this.file.case.id };
    const now = this.tick();
    const annotation: Annotation = {
      id: this.random.uuid(),
      createdAt: now,
      updatedAt: now,
      target,
      author: this.random.pick(analystNames),
      body: this.prose.markdownNote(),
      analystJudgement: this.random.chance(0.3),
      tags: [],
    };
    this.add('annotations', annotation);
  }

  private addLink(fromIncidentId: string): void {
    const earlier = this.random.pick(this.file.incidents.slice(0, -1));
    this.add('incidentLinks', {
      id: this.random.uuid(),
      fromIncidentId,
      toIncidentId: earlier.id,
      kind: this.random.pick(incidentLinkKinds),
      createdAt: this.tick(),
    });
  }
}

/**
 * A deterministic, schema-valid case whose compact JSON reaches the target size, overshooting by at most the last
 * source and its story (about 5% of a 1 MB case, less of larger ones).
 */
export function generateCase({ targetBytes, seed = 20_261_125 }: GenerateOptions): GeneratedCase {
  return new CaseBuilder(seed, targetBytes).build();
}
