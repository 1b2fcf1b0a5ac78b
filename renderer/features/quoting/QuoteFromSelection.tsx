import { useMemo, useState, type RefObject } from 'react';
import type { Quote, Source } from '../../../shared';
import { Dialog } from '../../components/Dialog';
import { useCommands, type Command } from '../commands/command-registry';
import { readOnlyReason } from '../workspace/use-case-commands';
import type { IncidentChoice } from './IncidentPicker';
import { QuoteComposer } from './QuoteComposer';
import type { TextSpan } from './selection-offsets';
import { useSnapshotSelection } from './use-snapshot-selection';

export const nothingSelectedReason = 'Select a passage of the snapshot text first.';

interface QuoteFromSelectionProps {
  readonly caseId: string;
  readonly source: Pick<Source, 'id' | 'title' | 'snapshot'>;
  /** The element the snapshot text is drawn in; selections are measured against its text. */
  readonly container: RefObject<HTMLElement | null>;
  readonly incidents: readonly IncidentChoice[];
  readonly readOnly: boolean;
  readonly onQuoted: (quote: Quote) => void;
}

/**
 * Turns a passage selected in the snapshot into a quote: a "Quote the selection" button beside the text and the
 * palette command "New quote from the selection" (Ctrl/⌘+Alt+Q) both open the composer on the passage.
 */
export function QuoteFromSelection({ caseId, source, container, incidents, readOnly, onQuoted }: QuoteFromSelectionProps) {
  const selection = useSnapshotSelection(container);
  // Held apart from the live selection: focusing the composer's fields may move or clear the page's selection.
  const [composing, setComposing] = useState<TextSpan>();
  const disabledReason = readOnly ? readOnlyReason : selection ? undefined : nothingSelectedReason;
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'quote.new',
        title: 'New quote from the selection',
        group: 'Source',
        shortcut: 'Mod+Alt+Q',
        keywords: ['add', 'cite', 'passage', 'highlight'],
        disabledReason,
        run: () => setComposing(selection),
      },
    ],
    [disabledReason, selection],
  );
  useCommands(commands);
  const saved = (quote: Quote) => {
    setComposing(undefined);
    document.getSelection()?.removeAllRanges();
    onQuoted(quote);
  };
  return (
    <>
      <div className="flex min-h-8 items-center gap-3" aria-live="polite">
        {selection ? (
          <button
            type="button"
            className="button button-primary px-2 py-0.5 text-xs"
            disabled={readOnly}
            title={readOnly ? readOnlyReason : undefined}
            // Keeps the page's selection where it is while the button is pressed.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setComposing(selection)}
          >
            Quote the selection
          </button>
        ) : (
          <p className="text-xs text-stone-500">Select a passage of the text to quote it.</p>
        )}
      </div>
      {composing && (
        <Dialog title="New quote" open onClose={() => setComposing(undefined)}>
          <QuoteComposer caseId={caseId} source={source} selection={composing} incidents={incidents} onSaved={saved} onCancel={() => setComposing(undefined)} />
        </Dialog>
      )}
    </>
  );
}
