import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../../electron/core/storage/storage-errors';

function systemError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: something low-level`);
  error.code = code;
  return error;
}

describe('storage errors in words', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the folder is read-only'],
    ['EACCES', 'permission was denied'],
    ['EDQUOT', 'the disk quota is used up'],
  ])('says what %s means, naming the file', (code, words) => {
    expect(describeStorageError(systemError(code), '/cases/one/journal.ndjson')).toBe(`/cases/one/journal.ndjson: ${words} (${code}).`);
  });

  it('says when a file is not JSON, and passes other messages through', () => {
    expect(describeStorageError(new SyntaxError('Unexpected end of JSON input'), '/c/case.json')).toBe('/c/case.json is not valid JSON (Unexpected end of JSON input).');
    expect(describeStorageError(systemError('EWEIRD'), '/c/case.json')).toBe('/c/case.json: EWEIRD: something low-level');
  });
});
