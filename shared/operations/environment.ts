import type { CaseFile } from '../domain/case-file';
import type { Result } from '../result';

/** The clock and id source an operation uses, passed in so every rule can be tested. */
export interface Environment {
  readonly now: () => Date;
  readonly newId: () => string;
}

/** What an operation produces: the whole new case document and the object it made or changed. */
export interface Change<T> {
  readonly file: CaseFile;
  readonly value: T;
}

export type Operation<T> = Result<Change<T>>;

export function timestamp(environment: Environment): string {
  return environment.now().toISOString();
}
