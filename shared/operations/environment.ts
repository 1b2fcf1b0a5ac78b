import type { ObjectChange } from '../domain/journal';
import type { Result } from '../result';

/** The clock and id source an operation uses, passed in so every rule can be tested. */
export interface Environment {
  readonly now: () => Date;
  readonly newId: () => string;
}

/**
 * What an operation decides: the object it made or changed, a label a person reads in the history, and the
 * objects' states before and after. The store applies the changes, journals them, and can reverse them.
 */
export interface Edit<T> {
  readonly value: T;
  readonly label: string;
  readonly changes: readonly ObjectChange[];
}

export type Operation<T> = Result<Edit<T>>;

export function timestamp(environment: Environment): string {
  return environment.now().toISOString();
}
