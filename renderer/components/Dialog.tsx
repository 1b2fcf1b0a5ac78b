import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** For confirmations, so assistive technology treats the dialog as needing an answer. */
  readonly role?: 'dialog' | 'alertdialog';
}

/** A modal built on the native <dialog>: the browser traps focus, closes on Escape and restores focus after. */
export function Dialog({ title, open, onClose, children, role = 'dialog' }: DialogProps) {
  const reference = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = reference.current;
    if (!dialog) return;
    // jsdom has neither showModal nor close; toggling the `open` attribute keeps components testable there.
    const native = typeof dialog.showModal === 'function';
    if (open && !dialog.open) {
      if (native) dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (native) dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={reference}
      role={role}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-full max-w-md rounded-lg border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/40"
    >
      {open && (
        <div className="p-5">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <div className="mt-3">{children}</div>
        </div>
      )}
    </dialog>
  );
}
