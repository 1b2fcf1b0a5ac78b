import { describe, expect, it } from 'vitest';
import { caseFolderLayout, damagedName, parseSegmentName, segmentName } from '../../../electron/core/storage/case-folder';

describe('the case folder layout', () => {
  it('names every file inside the case folder', () => {
    expect(caseFolderLayout('/cases/one')).toEqual({
      folder: '/cases/one',
      snapshot: '/cases/one/case.json',
      seal: '/cases/one/case.seal',
      journal: '/cases/one/journal.ndjson',
      history: '/cases/one/history',
      backups: '/cases/one/backups',
      damaged: '/cases/one/damaged',
      attachments: '/cases/one/attachments',
      lock: '/cases/one/lock',
    });
  });

  it('names history segments so that they sort in chain order, and reads the names back', () => {
    const names = [segmentName(1000, 1499), segmentName(2, 999), segmentName(1, 1), segmentName(1500, 123456789012)];
    expect([...names].sort()).toEqual([segmentName(1, 1), segmentName(2, 999), segmentName(1000, 1499), segmentName(1500, 123456789012)]);
    expect(names.map(parseSegmentName)).toEqual([
      { first: 1000, last: 1499 },
      { first: 2, last: 999 },
      { first: 1, last: 1 },
      { first: 1500, last: 123456789012 },
    ]);
    expect(parseSegmentName('notes.ndjson')).toBeUndefined();
    expect(parseSegmentName('000000000001-000000000002.ndjson.tmp')).toBeUndefined();
  });

  it('names a damaged file by when it was set aside', () => {
    expect(damagedName('journal.ndjson', new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03-04-05-678Z-journal.ndjson');
  });
});
