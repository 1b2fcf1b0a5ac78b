import { z } from 'zod';
import { isEdtfDate } from '../domain/dates';
import { incidentStatuses, incidentStatusSchema } from '../domain/incident';

/** The parts a printed summary can hold, in the order they are printed. */
export const printSections = ['cover', 'contents', 'chronology', 'incidents', 'cast', 'sources', 'annotations', 'attachments'] as const;
export type PrintSection = (typeof printSections)[number];

export const printSectionNames: Readonly<Record<PrintSection, string>> = {
  cover: 'Cover page',
  contents: 'Contents',
  chronology: 'Chronology',
  incidents: 'Incidents in full',
  cast: 'People and organisations',
  sources: 'Source register',
  annotations: "Notes and analysts' judgements",
  attachments: 'Appendix of attachments',
};

/** The Traffic Light Protocol 2.0 labels: who may see the printed summary. */
export const markings = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type Marking = (typeof markings)[number];

export const paperSizes = ['A4', 'Letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

const edtfBound = z
  .string()
  .trim()
  .max(64)
  .refine((text) => text === '' || isEdtfDate(text), 'must be an EDTF date such as 2018, 2023-11 or 2015/2017');

/**
 * Which incidents are printed. Each filter left empty does not narrow; those that are set must all hold, so "all"
 * is every filter empty, and "alleged incidents tagged bombing in 2018" can be asked for too.
 */
export const incidentSelectionSchema = z.object({
  /** An incident carrying any of these tags. */
  tags: z.array(z.string().trim().min(1).max(64)).max(100),
  /** An incident whose date overlaps [from, to]; an undated incident is left out once either bound is set. */
  from: edtfBound,
  to: edtfBound,
  statuses: z.array(incidentStatusSchema).max(incidentStatuses.length),
});
export type IncidentSelection = z.infer<typeof incidentSelectionSchema>;

export const printOptionsSchema = z.object({
  sections: z.array(z.enum(printSections)).min(1, 'must name at least one section'),
  selection: incidentSelectionSchema,
  marking: z.enum(markings),
  paper: z.enum(paperSizes),
  author: z.string().trim().max(200, 'must be at most 200 characters'),
  /** The redaction profile applied before anything is arranged; none prints everything. */
  profileId: z.string().trim().max(64).optional(),
});
export type PrintOptions = z.infer<typeof printOptionsSchema>;

export const defaultPrintOptions: PrintOptions = {
  sections: [...printSections],
  selection: { tags: [], from: '', to: '', statuses: [] },
  marking: 'TLP:AMBER',
  paper: 'A4',
  author: '',
  profileId: undefined,
};

export function selectsEverything(selection: IncidentSelection): boolean {
  return selection.tags.length === 0 && selection.from === '' && selection.to === '' && selection.statuses.length === 0;
}

/** What both URLSearchParams and a test's stand-in offer. */
export interface SearchParamsReader {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** The options read from a URL, and a sentence for each parameter that could not be used and fell back. */
export interface ReadOptions {
  readonly options: PrintOptions;
  readonly problems: readonly string[];
}

type Field = Exclude<keyof PrintOptions, 'selection'> | 'tags' | 'from' | 'to' | 'statuses';

// Parameter names in the URL; lists repeat the parameter (a tag may contain a comma), sections are one list.
const parameterOf: Readonly<Record<Field, string>> = {
  sections: 'sections',
  tags: 'tag',
  from: 'from',
  to: 'to',
  statuses: 'status',
  marking: 'marking',
  paper: 'paper',
  author: 'author',
  profileId: 'profile',
};

function sorted<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  return order.filter((value) => values.includes(value));
}

/** Parses one value with its schema; a value that does not fit is dropped for the default, saying why. */
function field<T>(name: Field, schema: z.ZodType<T>, raw: unknown, fallback: T, problems: string[]): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? 'is not valid';
  problems.push(`The print setting "${parameterOf[name]}" (${JSON.stringify(raw)}) ${reason}; the default is used instead.`);
  return fallback;
}

function listOrUndefined(params: SearchParamsReader, name: string): string[] | undefined {
  const values = params.getAll(name);
  return values.length === 0 ? undefined : values;
}

/**
 * Reads print options from the print route's search parameters. Anything missing takes its default; anything
 * malformed (a section or marking not known, a date that is not EDTF) takes its default and is reported, so a hand-
 * edited or old link still prints, and says what it ignored.
 */
export function readPrintOptions(params: SearchParamsReader): ReadOptions {
  const problems: string[] = [];
  const shape = printOptionsSchema.shape;
  const selection = incidentSelectionSchema.shape;
  const defaults = defaultPrintOptions;
  const sectionsText = params.get(parameterOf.sections);
  const sections = sectionsText === null
    ? defaults.sections
    : field('sections', shape.sections, sectionsText.split(',').filter(Boolean), defaults.sections, problems);
  const profile = params.get(parameterOf.profileId);
  const options: PrintOptions = {
    sections: sorted(sections, printSections),
    selection: {
      tags: field('tags', selection.tags, listOrUndefined(params, parameterOf.tags) ?? [], [], problems),
      from: field('from', selection.from, params.get(parameterOf.from) ?? '', '', problems),
      to: field('to', selection.to, params.get(parameterOf.to) ?? '', '', problems),
      statuses: sorted(field('statuses', selection.statuses, listOrUndefined(params, parameterOf.statuses) ?? [], [], problems), incidentStatuses),
    },
    marking: field('marking', shape.marking, params.get(parameterOf.marking) ?? defaults.marking, defaults.marking, problems),
    paper: field('paper', shape.paper, params.get(parameterOf.paper) ?? defaults.paper, defaults.paper, problems),
    author: field('author', shape.author, params.get(parameterOf.author) ?? '', '', problems),
    profileId: profile === null || profile === '' ? undefined : field('profileId', shape.profileId, profile, undefined, problems),
  };
  return { options, problems };
}

/**
 * The options as search parameters, leaving out whatever is the default so the URL stays short; `readPrintOptions`
 * of the result gives the same options back.
 */
export function printOptionsParameters(options: PrintOptions): [string, string][] {
  const parameters: [string, string][] = [];
  const defaults = defaultPrintOptions;
  if (options.sections.join(',') !== defaults.sections.join(',')) parameters.push([parameterOf.sections, options.sections.join(',')]);
  for (const tag of options.selection.tags) parameters.push([parameterOf.tags, tag]);
  if (options.selection.from) parameters.push([parameterOf.from, options.selection.from]);
  if (options.selection.to) parameters.push([parameterOf.to, options.selection.to]);
  for (const status of options.selection.statuses) parameters.push([parameterOf.statuses, status]);
  if (options.marking !== defaults.marking) parameters.push([parameterOf.marking, options.marking]);
  if (options.paper !== defaults.paper) parameters.push([parameterOf.paper, options.paper]);
  if (options.author) parameters.push([parameterOf.author, options.author]);
  if (options.profileId) parameters.push([parameterOf.profileId, options.profileId]);
  return parameters;
}

/** Every parameter name the options use, so a caller can clear them before writing new ones. */
export const printOptionNames: readonly string[] = Object.values(parameterOf);
