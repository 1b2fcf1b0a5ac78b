import { useId, useState } from 'react';
import type { Attachment, OpenOutcome, Result } from '../../../shared';
import { Timestamp } from '../../components/Dates';
import { bytesInWords } from '../../lib/labels';
import { OpenButton } from './OpenButton';

type Copied = 'copied' | 'failed' | undefined;

/** A SHA-256 shown short; the whole of it is in its tooltip, for screen readers, and a click away on the clipboard. */
function Fingerprint({ sha256, describedBy }: { readonly sha256: string; readonly describedBy: string }) {
  const [copied, setCopied] = useState<Copied>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code title={sha256} className="font-mono">
        <span aria-hidden="true">{sha256.slice(0, 12)}…</span>
        <span className="sr-only">{sha256}</span>
      </code>
      <button type="button" className="button button-quiet px-2 py-0.5 text-xs" aria-describedby={describedBy} onClick={() => void copy()}>
        Copy SHA-256
      </button>
      <span aria-live="polite">
        {copied === 'copied' && 'Copied.'}
        {copied === 'failed' && 'The clipboard is not available: hover over the hash to read it whole.'}
      </span>
    </span>
  );
}

interface AttachmentRowProps {
  readonly attachment: Attachment;
  /** In the browser host: the download that opens it. */
  readonly fileUrl?: string;
  /** On the desktop: asks the shell to open it with the system's viewer. */
  readonly onOpen?: () => Promise<Result<OpenOutcome>>;
}

/** One attached file: what it is, when it was taken in, its fingerprint, and a way to open it. */
export function AttachmentRow({ attachment, fileUrl, onOpen }: AttachmentRowProps) {
  const nameId = useId();
  const { name, bytes, mediaType, capturedAt, sha256 } = attachment;
  return (
    <li aria-labelledby={nameId} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span id={nameId} className="font-medium break-all">
          {name}
        </span>
        {onOpen && <OpenButton name={name} describedBy={nameId} onOpen={onOpen} />}
        {fileUrl && (
          <a className="button button-quiet px-2 py-0.5 text-xs" href={fileUrl} download={name} aria-describedby={nameId}>
            Open
          </a>
        )}
      </div>
      <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs text-stone-600">
        <dt className="font-medium">Size</dt>
        <dd>{bytesInWords(bytes)}</dd>
        <dt className="font-medium">Type</dt>
        <dd className="break-all">{mediaType}</dd>
        <dt className="font-medium">Captured</dt>
        <dd>
          <Timestamp iso={capturedAt} />
        </dd>
        <dt className="font-medium">SHA-256</dt>
        <dd>
          <Fingerprint sha256={sha256} describedBy={nameId} />
        </dd>
      </dl>
    </li>
  );
}
