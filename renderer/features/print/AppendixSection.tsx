import type { AppendixEntry } from '../../../shared/print';
import { bytesInWords } from '../../lib/labels';

/** Every file attached to what is printed, with the SHA-256 that lets a reader check the copy they are given. */
export function AppendixSection({ appendix }: { readonly appendix: readonly AppendixEntry[] }) {
  return (
    <section aria-labelledby="print-appendix" className="print-section mt-10">
      <h2 id="print-appendix" className="font-sans text-lg font-bold">
        Appendix of attachments
      </h2>
      {appendix.length === 0 ? (
        <p className="mt-2">No file is attached to the incidents or sources printed.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {appendix.map(({ attachment, attachedTo }) => (
            <li key={attachment.id} className="print-keep border-b border-stone-200 pb-2">
              <p dir="auto" className="font-semibold">{attachment.name}</p>
              <p dir="auto" className="text-[0.9em]">Attached to {attachedTo}</p>
              <p className="font-sans text-[0.85em] text-stone-700">
                {bytesInWords(attachment.bytes)} · {attachment.mediaType}
              </p>
              <p className="font-mono text-[0.8em] break-all">SHA-256 {attachment.sha256}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
