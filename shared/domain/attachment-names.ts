/**
 * Names of attached files come from other people's computers and are hostile often enough: `../../.bashrc`, `CON.txt`,
 * `invoice\u202Efdp.exe`. The stored file never uses its name (it lives under its SHA-256), but the name is shown,
 * offered when a copy is downloaded, and given to the system viewer's temporary copy; so what is kept must be one
 * plain file name on every system, and the user is told what was changed and why.
 */

/** File systems allow 255 bytes a name; this leaves room for what a browser or a viewer adds to a copy's name. */
export const maximumAttachmentNameBytes = 200;
const maximumExtensionLength = 16;
export const fallbackAttachmentName = 'attachment';

// Finding control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;
/** Invisible marks that reorder or hide text: "invoice\u202Efdp.exe" reads as "invoiceexe.pdf". */
const invisibleMarks = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Halves of a character with no other half cannot be written to any file system. */
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const pathSeparators = /[/\\]/;
const windowsForbidden = /[<>:"|?*]/g;
/** Device names Windows reserves whatever the extension: CON, CON.txt and CON.tar.gz all open the console. */
const reservedStems = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

export interface SanitizedName {
  readonly name: string;
  /** What was changed and why, in words; empty when the name was kept as it was (apart from outer spaces). */
  readonly changes: readonly string[];
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const point = character.codePointAt(0)!;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function removeAll(text: string, pattern: RegExp, change: string, changes: string[]): string {
  const cleaned = text.replace(pattern, '');
  if (cleaned !== text) changes.push(change);
  return cleaned;
}

/** Only the file's own name: folder parts, "." and ".." are dropped. */
function lastSegment(text: string, changes: string[]): string {
  if (!pathSeparators.test(text)) return text;
  changes.push('folder names, “/”, “\\” and “..” were removed, keeping only the file’s own name');
  const segments = text.split(pathSeparators).map((segment) => segment.trim());
  return segments.filter((segment) => segment !== '' && segment !== '.' && segment !== '..').at(-1) ?? '';
}

/** Windows drops trailing dots and spaces, so "report.pdf." and "report.pdf" would be one file there. */
function trimmed(text: string, changes: string[]): string {
  const withoutSpaces = text.trim();
  const withoutDots = withoutSpaces.replace(/[\s.]+$/, '');
  if (withoutDots !== withoutSpaces) changes.push('trailing dots were removed');
  return withoutDots;
}

function splitExtension(name: string): { stem: string; extension: string } {
  const match = new RegExp(`\\.[A-Za-z0-9]{1,${maximumExtensionLength}}$`).exec(name);
  return match ? { stem: name.slice(0, match.index), extension: match[0] } : { stem: name, extension: '' };
}

function shortened(stem: string, extension: string, changes: string[]): string {
  if (utf8Bytes(stem + extension) <= maximumAttachmentNameBytes) return stem;
  changes.push(`it was shortened to ${maximumAttachmentNameBytes} bytes`);
  let budget = maximumAttachmentNameBytes - utf8Bytes(extension);
  let kept = '';
  for (const character of stem) {
    budget -= utf8Bytes(character);
    if (budget < 0) break;
    kept += character;
  }
  return kept.replace(/[\s.]+$/, '');
}

/**
 * A name safe to show and to give to a copy of the file on any system, keeping the user's name as far as it is
 * safe and always keeping its extension (which says what opens the file).
 */
export function sanitizeAttachmentName(original: string): SanitizedName {
  const changes: string[] = [];
  let name = original.normalize('NFC');
  name = removeAll(name, controlCharacters, 'control characters were removed', changes);
  name = removeAll(name, invisibleMarks, 'invisible direction marks were removed', changes);
  name = removeAll(name, loneSurrogates, 'broken characters were removed', changes);
  name = lastSegment(name, changes);
  const withoutForbidden = name.replace(windowsForbidden, '_');
  if (withoutForbidden !== name) changes.push('characters Windows forbids in names (< > : " | ? *) became “_”');
  name = trimmed(withoutForbidden, changes);
  const parts = splitExtension(name);
  const { extension } = parts;
  let stem = shortened(parts.stem.trimEnd(), extension, changes);
  const device = stem.split('.')[0]!.trimEnd();
  if (reservedStems.test(device)) {
    changes.push(`“${device}” is a device name Windows reserves, so “_” was put before it`);
    stem = shortened(`_${stem}`, extension, changes);
  }
  if (stem === '') {
    changes.push(name === '' ? `nothing usable was left, so it is called “${fallbackAttachmentName}”` : `it had no name before its extension, so it is called “${fallbackAttachmentName}${extension}”`);
    stem = fallbackAttachmentName;
  }
  return { name: stem + extension, changes: [...new Set(changes)] };
}

/** The name with control characters shown as escapes, so a message can quote a hostile name without carrying it. */
export function visibleName(text: string): string {
  return text.replace(new RegExp(`${controlCharacters.source}|${invisibleMarks.source}|${loneSurrogates.source}`, 'g'), (character) =>
    `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const mediaTypesByExtension: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  opus: 'audio/opus',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  xml: 'application/xml',
  eml: 'message/rfc822',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

const mediaTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
export const unknownMediaType = 'application/octet-stream';

/**
 * The file's type: what the browser or system said if it is a well-formed type, else what its extension suggests,
 * else "application/octet-stream". Parameters (`; charset=…`) are dropped.
 */
export function mediaTypeFor(name: string, given = ''): string {
  const stated = given.split(';')[0]!.trim().toLowerCase();
  if (mediaTypePattern.test(stated) && stated !== unknownMediaType) return stated;
  const extension = splitExtension(name).extension.slice(1).toLowerCase();
  return Object.hasOwn(mediaTypesByExtension, extension) ? mediaTypesByExtension[extension]! : unknownMediaType;
}
