import { messageOf } from '../../../shared';

const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  EROFS: 'the folder is read-only',
  ENOENT: 'the file or folder does not exist',
  EISDIR: 'a folder stands where a file was expected',
  EMFILE: 'too many files are open',
};

/** Turns a file-system error into words a person can act on, naming the file. */
export function describeStorageError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && reasons[code]) return `${file}: ${reasons[code]} (${code}).`;
  if (error instanceof SyntaxError) return `${file} is not valid JSON (${error.message}).`;
  return `${file}: ${messageOf(error)}`;
}
