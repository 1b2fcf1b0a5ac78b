import edtf from 'edtf';

/** True when the text is a date in the Extended Date/Time Format (ISO 8601-2), such as 2018, 2023-11? or 2015/2017. */
export function isEdtfDate(text: string): boolean {
  try {
    edtf(text);
    return true;
  } catch {
    return false;
  }
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
