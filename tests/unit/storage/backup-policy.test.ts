import { describe, expect, it } from 'vitest';
import { backupsToKeep, type Backup } from '../../../electron/core/storage/backups';

function backup(createdAt: string): Backup {
  return { name: createdAt, file: `/backups/${createdAt}`, createdAt, bytes: 1 };
}

/** Newest first, as listBackups returns them. */
function newestFirst(times: string[]): Backup[] {
  return times.sort().reverse().map(backup);
}

describe('which backups are kept', () => {
  it('keeps the five most recent, however old', () => {
    const backups = newestFirst(['2020-01-01T00:00:00.000Z', '2020-01-01T01:00:00.000Z', '2020-01-02T00:00:00.000Z', '2020-02-01T00:00:00.000Z', '2020-03-01T00:00:00.000Z', '2019-12-31T00:00:00.000Z']);
    expect([...backupsToKeep(backups, new Date('2026-01-01T00:00:00.000Z'))].sort()).toEqual([
      '2020-01-01T00:00:00.000Z',
      '2020-01-01T01:00:00.000Z',
      '2020-01-02T00:00:00.000Z',
      '2020-02-01T00:00:00.000Z',
      '2020-03-01T00:00:00.000Z',
    ]);
  });

  it('keeps the newest of each of the last seven days besides, counting back from now', () => {
    const times = [];
    for (let day = 1; day <= 9; day += 1) {
      for (const hour of ['08', '12', '18']) times.push(`2026-01-0${day}T${hour}:00:00.000Z`);
    }
    const kept = backupsToKeep(newestFirst(times), new Date('2026-01-09T18:00:00.000Z'));
    expect([...kept].sort()).toEqual([
      '2026-01-02T18:00:00.000Z',
      '2026-01-03T18:00:00.000Z',
      '2026-01-04T18:00:00.000Z',
      '2026-01-05T18:00:00.000Z',
      '2026-01-06T18:00:00.000Z',
      '2026-01-07T18:00:00.000Z',
      '2026-01-08T12:00:00.000Z',
      '2026-01-08T18:00:00.000Z',
      '2026-01-09T08:00:00.000Z',
      '2026-01-09T12:00:00.000Z',
      '2026-01-09T18:00:00.000Z',
    ]);
  });

  it('keeps everything when there are few', () => {
    const backups = newestFirst(['2026-01-01T00:00:00.000Z', '2026-01-01T00:10:00.000Z']);
    expect(backupsToKeep(backups, new Date('2026-01-01T00:10:00.000Z')).size).toBe(2);
  });
});
