import type { EntityKind } from '../../shared';
import type { SeededRandom } from './random';
import {
  adjectives,
  cities,
  eventNouns,
  familyNames,
  givenNames,
  markdownBullets,
  markdownHeadings,
  monthNames,
  objectNouns,
  organisationNouns,
  organisationPatterns,
  ordinals,
  roles,
  sentencePatterns,
  tagWords,
} from './vocabulary';

/** The names a case's text mentions; the generator adds to them as it creates entities. */
export interface NamePools {
  readonly people: string[];
  readonly organisations: string[];
}

type Part = { literal: string } | { slot: string };

/** Patterns are split once into literal text and slots: filling them runs millions of times for a large case. */
function parsePattern(pattern: string): Part[] {
  return pattern
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece.startsWith('{') ? { slot: piece.slice(1, -1) } : { literal: piece }));
}

const parsedSentences = sentencePatterns.map(parsePattern);
const parsedBullets = markdownBullets.map(parsePattern);

/** Plausible investigative prose: articles, summaries and analysts' notes, all drawn from one seeded source. */
export class ProseWriter {
  private readonly slots: Record<string, () => string>;

  constructor(
    private readonly random: SeededRandom,
    private readonly names: NamePools,
  ) {
    this.slots = {
      person: () => this.person(),
      organisation: () => this.organisation(),
      city: () => this.city(),
      country: () => random.pick(cities).split(', ')[1]!,
      date: () => this.spokenDate(),
      month: () => random.pick(monthNames),
      year: () => String(random.integer(2012, 2025)),
      number: () => String(random.integer(2, 40)),
      amount: () => this.amount(),
      role: () => random.pick(roles),
      event: () => random.pick(eventNouns),
      object: () => random.pick(objectNouns),
      object2: () => `a company called ${random.pick(familyNames)} Holdings`,
      adjective: () => random.pick(adjectives),
      ordinal: () => random.pick(ordinals),
    };
  }

  person(): string {
    return this.names.people.length > 0 ? this.random.pick(this.names.people) : 'a man';
  }

  organisation(): string {
    return this.names.organisations.length > 0 ? this.random.pick(this.names.organisations) : 'authorities';
  }

  city(): string {
    return this.random.pick(cities).split(', ')[0]!;
  }

  amount(): string {
    const millions = this.random.chance(0.5);
    const figure = millions ? (this.random.integer(11, 95) / 10).toFixed(1) : String(this.random.integer(2, 900) * 1000);
    return `${figure}${millions ? ' million' : ''} ${this.random.pick(['euros', 'dollars', 'pounds'])}`;
  }

  spokenDate(): string {
    return `${this.random.integer(1, 28)} ${this.random.pick(monthNames)} ${this.random.integer(2012, 2025)}`;
  }

  /** A name for a new person, organisation or place, with the aliases sources use for it. */
  entityName(kind: EntityKind): { name: string; aliases: string[] } {
    if (kind === 'place') return { name: this.random.pick(cities), aliases: [] };
    if (kind === 'organisation') {
      const name = this.random
        .pick(organisationPatterns)
        .replace(/\{city\}/g, () => this.city())
        .replace(/\{family\}/g, () => this.random.pick(familyNames))
        .replace(/\{noun\}/g, () => this.random.pick(organisationNouns));
      const acronym = name.split(/[\s&-]+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('');
      return { name, aliases: acronym.length > 1 && this.random.chance(0.5) ? [acronym] : [] };
    }
    const given = this.random.pick(givenNames);
    const family = this.random.pick(familyNames);
    const aliases = [`${given[0]}. ${family}`, family.toUpperCase(), `${family}, ${given}`];
    return { name: `${given} ${family}`, aliases: this.random.sample(aliases, this.random.integer(0, 3)) };
  }

  sentence(): string {
    return this.fill(this.random.pick(parsedSentences));
  }

  /** Sentences joined until the text is at least the given length; paragraphs of three to seven sentences. */
  paragraphs(length: number): string {
    const paragraphs: string[] = [];
    let total = 0;
    while (total < length) {
      const sentences: string[] = [];
      const count = this.random.integer(3, 7);
      for (let index = 0; index < count; index += 1) sentences.push(this.sentence());
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      total += paragraph.length + 2;
    }
    return paragraphs.join('\n\n');
  }

  /** A summary of a few hundred characters. */
  summary(): string {
    const sentences: string[] = [];
    const count = this.random.integer(2, 4);
    for (let index = 0; index < count; index += 1) sentences.push(this.sentence());
    return sentences.join(' ');
  }

  tags(): string[] {
    return this.random.sample(tagWords, this.random.integer(1, 4));
  }

  /** An analyst's note in Markdown: a heading, prose, a list, sometimes a quoted line. */
  markdownNote(): string {
    const bullets = Array.from({ length: this.random.integer(2, 5) }, () => `- ${this.fill(this.random.pick(parsedBullets))}`);
    const blocks = [`## ${this.random.pick(markdownHeadings)}`, this.summary(), bullets.join('\n')];
    if (this.random.chance(0.3)) blocks.push(`> ${this.sentence()}`);
    if (this.random.chance(0.3)) blocks.push(`See also *${this.organisation()}* and **${this.person()}**.`);
    return blocks.join('\n\n');
  }

  private fill(parts: readonly Part[]): string {
    let text = '';
    for (const part of parts) text += 'literal' in part ? part.literal : this.slots[part.slot]!();
    return text;
  }
}
