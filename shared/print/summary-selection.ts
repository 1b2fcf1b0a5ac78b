import edtf from 'edtf';
import type { Incident } from '../domain/incident';
import type { IncidentSelection } from './print-options';

/** The earliest and latest instants an EDTF date can mean; an end that is open or unknown is unbounded. */
export interface DateSpan {
  readonly earliest: number;
  readonly latest: number;
}

const unbounded: DateSpan = { earliest: Number.NEGATIVE_INFINITY, latest: Number.POSITIVE_INFINITY };

// A large case repeats the same dates many times, and the parser takes about a quarter of a millisecond a date.
const spans = new Map<string, DateSpan | undefined>();
const spansLimit = 50_000;

function parsedSpan(text: string): DateSpan | undefined {
  try {
    const { min, max } = edtf(text) as { min: number | null; max: number | null };
    return {
      earliest: typeof min === 'number' && Number.isFinite(min) ? min : Number.NEGATIVE_INFINITY,
      latest: typeof max === 'number' && Number.isFinite(max) ? max : Number.POSITIVE_INFINITY,
    };
  } catch {
    // Forms the parser cannot place in time (e.g. "../2015" in this version) are treated as not known.
    return undefined;
  }
}

/** "2015?" spans the whole of 2015, "2015/2017" three years, "2022/.." from 2022 on; undefined when there is no date. */
export function dateSpan(text: string): DateSpan | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!spans.has(trimmed)) {
    if (spans.size >= spansLimit) spans.clear();
    spans.set(trimmed, parsedSpan(trimmed));
  }
  return spans.get(trimmed);
}

function rangeOf(selection: IncidentSelection): DateSpan | undefined {
  if (selection.from === '' && selection.to === '') return undefined;
  return {
    earliest: selection.from === '' ? unbounded.earliest : (dateSpan(selection.from)?.earliest ?? unbounded.earliest),
    latest: selection.to === '' ? unbounded.latest : (dateSpan(selection.to)?.latest ?? unbounded.latest),
  };
}

/**
 * Whether an incident falls in the date range: it does when what its date can mean overlaps the range at all, so
 * "2015?" is in 2015–2016 and "2015/2017" is in 2016. An incident with no known date is not in any range.
 */
function overlaps(date: string, range: DateSpan): boolean {
  const span = dateSpan(date);
  if (!span) return false;
  return span.latest >= range.earliest && span.earliest <= range.latest;
}

/** A test for one incident: every filter that is set must hold (tags: any of them). */
export function incidentMatcher(selection: IncidentSelection): (incident: Incident) => boolean {
  const tags = new Set(selection.tags.map((tag) => tag.toLocaleLowerCase()));
  const statuses = new Set(selection.statuses);
  const range = rangeOf(selection);
  return (incident) =>
    (tags.size === 0 || incident.tags.some((tag) => tags.has(tag.toLocaleLowerCase()))) &&
    (statuses.size === 0 || statuses.has(incident.status)) &&
    (range === undefined || overlaps(incident.date, range));
}

/** Every tag used on the case's incidents, in alphabetical order, for the builder to offer. */
export function incidentTags(incidents: readonly Incident[]): string[] {
  const tags = new Map<string, string>();
  for (const incident of incidents) for (const tag of incident.tags) if (!tags.has(tag.toLocaleLowerCase())) tags.set(tag.toLocaleLowerCase(), tag);
  return [...tags.values()].sort((first, second) => first.localeCompare(second));
}
