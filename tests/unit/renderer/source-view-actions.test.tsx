import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const sourcePath = '/cases/case-harbour/sources/source-report';

function withOrphanedDenial() {
  const file = sampleCase();
  return { ...file, quotes: file.quotes.map((quote) => (quote.id === 'quote-denied' ? { ...quote, anchor: 'orphaned' as const } : quote)) };
}

/** Selects `words` of the rendered snapshot as a user would, and lets go of the mouse. */
function selectInSnapshot(words: string): void {
  const panel = screen.getByRole('region', { name: 'Snapshot text' }).querySelector('.panel')!;
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent!.indexOf(words);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + words.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    panel.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return;
  }
  throw new Error(`"${words}" is not in the snapshot.`);
}

describe('the source view’s actions', () => {
  it('does not mark an orphaned quote in the text, and lists it as orphaned with its saved words', async () => {
    const { user } = renderApp(fakeHost({ cases: [withOrphanedDenial()] }), sourcePath);
    const snapshot = await screen.findByRole('region', { name: 'Snapshot text' });
    const marked = [...snapshot.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marked.join('')).not.toContain('Officials');
    const orphan = screen.getByRole('button', { name: /Officials later denied/ });
    expect(orphan.textContent).toContain('Orphaned — no longer found in the text');
    await user.click(orphan);
    const details = screen.getByRole('region', { name: 'Selected quote' });
    expect(within(details).getByRole('note').textContent).toContain('Orphaned — no longer found in the text');
    expect(within(details).queryByRole('button', { name: 'Show in text' })).toBeNull();
  });

  it('opens the quote composer on the passage selected in the text', async () => {
    const { user } = renderApp(fakeHost({ cases: [sampleCase()] }), sourcePath);
    await screen.findByRole('region', { name: 'Snapshot text' });
    expect(screen.queryByRole('button', { name: 'Quote the selection' })).toBeNull();
    selectInSnapshot('later denied that');
    await user.click(await screen.findByRole('button', { name: 'Quote the selection' }));
    const composer = screen.getByRole('form', { name: /New quote from/ });
    expect(within(composer).getByText('“later denied that”')).toBeTruthy();
  });

  it('offers no quoting, editing or deleting on a read-only case', async () => {
    renderApp(fakeHost({ cases: [sampleCase()], access: { mode: 'read-only', reason: 'Another Dossier window is writing this case.' } }), sourcePath);
    await screen.findByRole('region', { name: 'Snapshot text' });
    expect((screen.getByRole('button', { name: 'Delete source' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Edit source' }) as HTMLButtonElement).disabled).toBe(true);
    selectInSnapshot('later denied that');
    expect(((await screen.findByRole('button', { name: 'Quote the selection' })) as HTMLButtonElement).disabled).toBe(true);
  });

  it('deletes the source to the trash after asking, then shows the case overview without it', async () => {
    const { user, router } = renderApp(fakeHost({ cases: [sampleCase()] }), sourcePath);
    await user.click(await screen.findByRole('button', { name: 'Delete source' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(await within(dialog).findByRole('button', { name: /^Delete source/ }));
    await user.click(await within(screen.getByRole('alertdialog')).findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-harbour'));
    const sources = await screen.findByRole('region', { name: /^Sources/ });
    expect(within(sources).queryByText('Audit office report')).toBeNull();
  });
});
