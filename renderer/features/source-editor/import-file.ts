import { failure, type Result } from '../../../shared';
import { bytesInWords } from '../../lib/labels';
import { formatOfFile, importText, longestSnapshot } from '../../lib/text-import';

/**
 * The largest file read at all. HTML shrinks a lot when reduced to its words, so this is above the snapshot's own
 * limit; the text that comes out is checked against that limit.
 */
const largestFile = longestSnapshot * 4;

function readAsText(file: File): Promise<Result<string>> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ ok: true, value: String(reader.result ?? '') });
    reader.onerror = () => resolve(failure('invalid-input', `“${file.name}” could not be read: ${reader.error?.message ?? 'the file is unreadable'}.`));
    reader.readAsText(file);
  });
}

/** A .txt, .md or .html file's words as a snapshot's text, or a sentence saying why it cannot be imported. */
export async function importFile(file: File): Promise<Result<string>> {
  const format = formatOfFile(file.name, file.type);
  if (!format) {
    return failure('invalid-input', `“${file.name}” is not a file Dossier can import as text: choose a .txt, .md or .html file.`);
  }
  if (file.size > largestFile) {
    return failure('invalid-input', `“${file.name}” is ${bytesInWords(file.size)}; Dossier imports text files up to ${bytesInWords(largestFile)}.`);
  }
  const content = await readAsText(file);
  return content.ok ? importText(content.value, format) : content;
}
