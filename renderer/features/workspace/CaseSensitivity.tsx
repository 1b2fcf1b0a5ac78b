import { useContext } from 'react';
import type { SensitiveKind, Sensitivity } from '../../../shared';
import { SensitivityControl } from '../redaction/SensitivityControl';
import { CaseContext } from './case-context';

interface CaseSensitivityProps {
  readonly kind: SensitiveKind;
  /** The item as the screen read it, with the mark it carries now (none: not sensitive). */
  readonly item: { readonly id: string; readonly sensitivity?: Sensitivity | undefined };
  /** After the mark was saved; by default the open case is read again, so lists show the new badge. */
  readonly onChanged?: () => void;
}

/**
 * The sensitive mark of one item of the open case, offering the case's profiles and disabled where the case is open
 * read-only. Drawn outside a case (the cast in a test or preview) there is no case to mark anything in: nothing shows.
 */
export function CaseSensitivity({ kind, item, onChanged }: CaseSensitivityProps) {
  const openCase = useContext(CaseContext);
  if (!openCase) return null;
  const { outline, readOnly, reload } = openCase;
  return (
    <SensitivityControl
      target={{ kind, id: item.id, sensitivity: item.sensitivity }}
      caseId={outline.case.id}
      profiles={outline.redactionProfiles}
      readOnly={readOnly}
      onChanged={onChanged ?? reload}
    />
  );
}
