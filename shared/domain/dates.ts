import edtf from 'edtf';

const year = String.raw`\d{4}`;
const month = String.raw`(0[1-9]|1[0-2])`;
const day = String.raw`(0[1-9]|[12]\d|3[01])`;
const qualified = String.raw`(${year})(?:-${month}(?:-${day})?)?[?~%]?`;
const commonDate = new RegExp(String.raw`^${qualified}$`);

function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return true;
  const [yearNumber, monthNumber, dayNumber] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(yearNumber, monthNumber - 1, dayNumber));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === dayNumber;
}

/**
 * The edtf parser takes about a quarter of a millisecond a date, which adds up to seconds when a large case is
 * validated. The common forms — a year, month or day, possibly uncertain or approximate — are recognised by a
 * pattern first; anything else goes to the parser. A test checks the two agree.
 */
function isCommonDate(text: string): boolean {
  return commonDate.test(text) && isRealDay(text);
}

/** Answers for the rarer forms (intervals, seasons, sets), which a large case repeats many times. */
const parsedAnswers = new Map<string, boolean>();
const parsedAnswersLimit = 50_000;

function parses(text: string): boolean {
  try {
    edtf(text);
    return true;
  } catch {
    return false;
  }
}

/** True when the text is a date in the Extended Date/Time Format (ISO 8601-2), such as 2018, 2023-11? or 2015/2017. */
export function isEdtfDate(text: string): boolean {
  if (isCommonDate(text)) return true;
  let answer = parsedAnswers.get(text);
  if (answer === undefined) {
    answer = parses(text);
    if (parsedAnswers.size >= parsedAnswersLimit) parsedAnswers.clear();
    parsedAnswers.set(text, answer);
  }
  return answer;
}

/** The earliest instant an EDTF date can mean, for ordering a chronology; undated items sort last. */
export function edtfSortKey(text: string | undefined): number {
  if (!text) return Number.POSITIVE_INFINITY;
  try {
    return edtf(text).min;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
