import type { Source } from '../../../../shared';
import { cslExport, cslMediaType } from './csl-export';

interface ExportCslButtonProps {
  readonly sources: readonly Source[];
  readonly caseName: string;
}

/** Saves the case's sources as CSL-JSON, made in the page and handed to the browser's download: no host, no network. */
export function ExportCslButton({ sources, caseName }: ExportCslButtonProps) {
  const save = () => {
    const { fileName, json } = cslExport(sources, caseName);
    const address = URL.createObjectURL(new Blob([json], { type: cslMediaType }));
    const link = document.createElement('a');
    link.href = address;
    link.download = fileName;
    link.click();
    // The download has taken its copy once the click is handled; the address is freed on the next turn.
    setTimeout(() => URL.revokeObjectURL(address), 0);
  };
  return (
    <button
      type="button"
      onClick={save}
      disabled={sources.length === 0}
      title={sources.length === 0 ? 'This case records no sources.' : undefined}
      className="button"
    >
      Export sources (CSL-JSON)
    </button>
  );
}
