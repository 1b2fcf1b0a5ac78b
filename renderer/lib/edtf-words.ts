const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** EDTF seasons 21–24 (northern hemisphere order). */
const seasons: Record<string, string> = { '21': 'Spring', '22': 'Summer', '23': 'Autumn', '24': 'Winter' };

// [qualifier] year [-month-or-season] [-day] [qualifier]; EDTF puts qualifiers after, level 2 also allows before.
const singleDate = /^([~?%])?(-?\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?([~?%])?$/;

function yearInWords(year: string): string {
  if (year.endsWith('XX')) return `the ${year.slice(0, 2)}00s`;
  if (year.endsWith('X')) return `the ${year.slice(0, 3)}0s`;
  const value = Number(year);
  return value <= 0 ? `${1 - value} BCE` : String(value);
}

function monthInWords(month: string | undefined): string | undefined {
  if (!month || month === 'XX') return undefined;
  return seasons[month] ?? months[Number(month) - 1];
}

function qualified(words: string, qualifier: string | undefined): string {
  if (qualifier === '~') return `about ${words}`;
  if (qualifier === '?') return `${words}?`;
  if (qualifier === '%') return `about ${words}?`;
  return words;
}

function dateInWords(text: string): string | undefined {
  const match = singleDate.exec(text);
  if (!match) return undefined;
  const [, before, year = '', month, day, after] = match;
  if (before && after) return undefined;
  const monthWords = monthInWords(month);
  if (month && month !== 'XX' && !monthWords) return undefined;
  const dayWords = day && day !== 'XX' && monthWords ? `${Number(day)} ` : '';
  const words = `${dayWords}${monthWords ? `${monthWords} ` : ''}${yearInWords(year)}`;
  return qualified(words, before ?? after);
}

/** One end of an interval: ".." is open, "" is unknown. */
function endInWords(text: string): string | undefined {
  if (text === '..') return '..';
  if (text === '') return 'unknown';
  return dateInWords(text);
}

function intervalInWords(start: string, end: string): string | undefined {
  const from = endInWords(start);
  const to = endInWords(end);
  if (from === undefined || to === undefined || (from === '..' && to === '..')) return undefined;
  if (to === '..') return `${from} onwards`;
  if (from === '..') return `until ${to}`;
  return `${from} to ${to}`;
}

/**
 * An EDTF date as a person would say it: "2015/2017" → "2015 to 2017", "2023-11?" → "November 2023?",
 * "~2015" → "about 2015". Forms it does not know (sets, times, exponent years) come back unchanged.
 */
export function edtfInWords(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'Date unknown';
  const parts = trimmed.split('/');
  const words = parts.length === 2 ? intervalInWords(parts[0] ?? '', parts[1] ?? '') : dateInWords(trimmed);
  return words ?? trimmed;
}
