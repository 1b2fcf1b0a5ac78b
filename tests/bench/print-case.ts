import { caseFileSchema, type CaseFile, type Claim, type Incident, type Quote } from '../../shared';
import { generateCase } from './generate-case';
import { SeededRandom } from './random';

const megabyte = 1_000_000;
const calibrationBytes = 2 * megabyte;

/**
 * The generator's stories, cut to exactly `incidents` incidents with everything they use: the sources they cite, those
 * sources' quotes (quotes backing a dropped incident lose that incident), the notes on what is kept and the links
 * between kept incidents. People and organisations are all kept: the cast of characters prints them all.
 */
function firstIncidents(file: CaseFile, incidents: number): CaseFile {
  const kept = file.incidents.slice(0, incidents);
  const incidentIds = new Set(kept.map((incident) => incident.id));
  const sourceIds = new Set(kept.flatMap((incident) => incident.sourceIds));
  const quotes = file.quotes
    .filter((quote) => sourceIds.has(quote.sourceId))
    .map((quote) => ({ ...quote, incidentIds: quote.incidentIds.filter((id) => incidentIds.has(id)) }));
  const quoteIds = new Set(quotes.map((quote) => quote.id));
  const keptTarget = { incident: incidentIds, source: sourceIds, quote: quoteIds } as const;
  return {
    ...file,
    incidents: kept,
    sources: file.sources.filter((source) => sourceIds.has(source.id)),
    quotes,
    annotations: file.annotations.filter((annotation) => {
      const { kind, id } = annotation.target;
      return kind === 'entity' || kind === 'case' || keptTarget[kind].has(id);
    }),
    incidentLinks: file.incidentLinks.filter((link) => incidentIds.has(link.fromIncidentId) && incidentIds.has(link.toIncidentId)),
  };
}

/** First words of a quote, made into the claim an analyst would write from it. */
function claimText(quote: Quote): string {
  const words = quote.textQuote.exact.replace(/\s+/g, ' ').trim().split(' ').slice(0, 18).join(' ');
  return `The source reports that ${words.charAt(0).toLowerCase()}${words.slice(1).replace(/[.,;:]$/, '')}.`;
}

/**
 * The generator writes incidents without claims; a printed summary footnotes each claim to its quotes, so each
 * incident here gets a claim for most of its quotes (two quotes back some claims) and one unsupported claim in five;
 * most quotes get a page or paragraph.
 */
function withClaims(file: CaseFile, seed: number): CaseFile {
  const random = new SeededRandom(seed);
  const quotesOf = new Map<string, Quote[]>();
  for (const quote of file.quotes) {
    for (const id of quote.incidentIds) quotesOf.set(id, [...(quotesOf.get(id) ?? []), quote]);
  }
  const incidents = file.incidents.map((incident): Incident => {
    const claims: Claim[] = [];
    const quotes = quotesOf.get(incident.id) ?? [];
    for (let index = 0; index < quotes.length; index += 1) {
      const quote = quotes[index]!;
      if (random.chance(0.2)) continue;
      const second = random.chance(0.25) ? quotes[index + 1] : undefined;
      claims.push({ id: random.uuid(), text: claimText(quote), quoteIds: second ? [quote.id, second.id] : [quote.id] });
    }
    if (random.chance(0.2)) claims.push({ id: random.uuid(), text: `${incident.title} was reported by the analyst's contact.`, quoteIds: [] });
    return { ...incident, claims };
  });
  // Most cited passages carry a page or paragraph, as the citation style prints them.
  const quotes = file.quotes.map((quote) =>
    random.chance(0.6) ? { ...quote, locator: random.chance(0.5) ? `p. ${random.integer(1, 240)}` : `para. ${random.integer(1, 60)}` } : quote,
  );
  return { ...file, incidents, quotes };
}

export interface PrintCase {
  readonly file: CaseFile;
  readonly bytes: number;
}

/**
 * A schema-valid case of exactly `incidents` incidents, with quotes, claims, sources (with their full offline text,
 * as the print view loads them), people, organisations and notes, from the storage benchmark's generator: it counts
 * bytes, so the size is scaled from a small case until there are enough stories, then cut to the count.
 */
export function generatePrintCase(incidents: number, seed = 20_261_126): PrintCase {
  const small = generateCase({ targetBytes: calibrationBytes, seed });
  let targetBytes = Math.ceil((calibrationBytes / small.file.incidents.length) * incidents * 1.05);
  for (;;) {
    const { file } = generateCase({ targetBytes, seed });
    if (file.incidents.length >= incidents) {
      const printable = caseFileSchema.parse(withClaims(firstIncidents(file, incidents), seed));
      return { file: printable, bytes: Buffer.byteLength(JSON.stringify(printable)) };
    }
    targetBytes = Math.ceil(targetBytes * (incidents / file.incidents.length) * 1.05);
  }
}
