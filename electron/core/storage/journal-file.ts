import { open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeIssues, journalRecordSchema, type JournalRecord } from '../../../shared';
import { privateFileMode, syncFolder } from './durable-file';

/** What could not be read from a journal file: from which line on, and why. */
export interface JournalDamage {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  /** True when only an unfinished last line was cut off: an edit that was never confirmed as saved. */
  readonly unfinishedTail: boolean;
}

export interface JournalContents {
  readonly records: JournalRecord[];
  readonly damage?: JournalDamage;
}

/**
 * Reads the records of a journal file, one JSON object a line, stopping at the first line that does not parse or
 * validate: nothing after a damaged record can be trusted to follow it. Records are returned as written (not as the
 * schema re-orders them), so their hashes can be checked.
 */
export async function readJournal(file: string): Promise<JournalContents> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [] };
    throw error;
  }
  // An empty journal (a fresh one after a rotation) holds no line at all, not one empty line.
  const lines = text === '' ? [] : text.split('\n');
  const finished = text.endsWith('\n');
  if (finished) lines.pop();
  const records: JournalRecord[] = [];
  for (const [index, line] of lines.entries()) {
    const isLast = index === lines.length - 1;
    const problem = parseLine(line);
    if (typeof problem === 'string') {
      return { records, damage: { file, line: index + 1, reason: problem, unfinishedTail: isLast && !finished } };
    }
    records.push(problem);
  }
  return { records };
}

function parseLine(line: string): JournalRecord | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return 'it is not valid JSON';
  }
  const parsed = journalRecordSchema.safeParse(raw);
  return parsed.success ? (raw as JournalRecord) : `it does not validate: ${describeIssues(parsed.error)}`;
}

/**
 * Appends records to a journal, each made durable (fdatasync) before `append` resolves. A failed append is cut
 * back off the file, so a half-written line can never sit in front of later records.
 */
export class JournalWriter {
  /** Set when a failed append could not be cut back off: nothing more may be appended after it. */
  private damaged = false;

  private constructor(
    private readonly handle: FileHandle,
    private size: number,
  ) {}

  static async open(file: string): Promise<JournalWriter> {
    const handle = await open(file, 'a', privateFileMode);
    // A journal just created (on open, or after a rotation) needs its name made durable before any append is confirmed.
    await syncFolder(dirname(file));
    const { size } = await handle.stat();
    return new JournalWriter(handle, size);
  }

  /** How many bytes the journal file holds. */
  get bytes(): number {
    return this.size;
  }

  async append(record: JournalRecord): Promise<void> {
    if (this.damaged) throw new Error('an earlier failed write could not be undone; reopen the case');
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    try {
      // A write may take only part of the line (a disk filling up): write the rest, which then fails if it must.
      for (let written = 0; written < line.length; ) {
        const { bytesWritten } = await this.handle.write(line, written, line.length - written);
        if (bytesWritten === 0) throw new Error('the file took none of the line');
        written += bytesWritten;
      }
      await this.handle.datasync();
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => {
        this.damaged = true;
      });
      throw error;
    }
    this.size += line.length;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
