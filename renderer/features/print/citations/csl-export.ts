import { sanitizeAttachmentName, type Source } from '../../../../shared';
import { toCslItems } from '../../../../shared/print/csl-json';

/** The media type registered for CSL-JSON. */
export const cslMediaType = 'application/vnd.citationstyles.csl+json';

export interface CslExport {
  readonly fileName: string;
  readonly json: string;
}

/**
 * The case's sources as a CSL-JSON file any reference manager imports, named after the case. Slashes in the case's
 * name become dashes first, so "Smith / Jones" is not cut down to its last part as a folder path would be.
 */
export function cslExport(sources: readonly Source[], caseName: string): CslExport {
  const name = caseName.replace(/[/\\]/g, '-').trim() || 'Case';
  return {
    fileName: sanitizeAttachmentName(`${name} - sources.csl.json`).name,
    json: `${JSON.stringify(toCslItems(sources), null, 2)}\n`,
  };
}
