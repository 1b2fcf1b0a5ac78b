import { applyChanges, caseFileSchema, type CaseFile, type Edit, type Result } from '../../../shared';

/** The edit an operation made, failing the test with the operation's message when it refused. */
export function editOf<T>(result: Result<Edit<T>>): Edit<T> {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Applies an edit and checks that the case still validates as a whole, references included. */
export function applied(file: CaseFile, edit: Edit<unknown>): CaseFile {
  const next = applyChanges(file, edit.changes);
  if (!next.ok) throw new Error(next.error.message);
  const parsed = caseFileSchema.safeParse(next.value);
  if (!parsed.success) throw new Error(parsed.error.message);
  return next.value;
}
