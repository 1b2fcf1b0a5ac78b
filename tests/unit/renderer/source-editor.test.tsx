import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api';
import { SourceEditor } from '../../../renderer/features/source-editor/SourceEditor';
import type { Source } from '../../../shared';
import { reportText, sampleCase } from './support/fixtures';
import { oneCaseHost } from './support/fake-host';

afterEach(cleanup);

function renderEditor(editing?: (source: Source) => Source) {
  const file = sampleCase();
  const report = file.sources.find((candidate) => candidate.id === 'source-report')!;
  const source = editing?.(report);
  const host = oneCaseHost({ ...file, sources: file.sources.map((candidate) => (source && candidate.id === source.id ? source : candidate)) });
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(
    <ApiProvider api={host.api}>
      <SourceEditor caseId="case-harbour" source={source} onSaved={onSaved} onCancel={onCancel} />
    </ApiProvider>,
  );
  return { host, onSaved, onCancel, user: userEvent.setup({ delay: null }) };
}

const snapshotBox = () => screen.getByRole('textbox', { name: 'Snapshot text' }) as HTMLTextAreaElement;

async function replaceSnapshot(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.clear(snapshotBox());
  await user.click(snapshotBox());
  await user.paste(text);
}

const hostilePage = `<html><head><script>window.hostileRan = true</script><style>p { color: red }</style></head>
<body><h1>Port &amp; harbour</h1><p>The <b>minister</b> signed.<img src="https://tracker.example/p.gif" onerror="window.hostileRan = true"></p></body></html>`;

describe('the source editor', () => {
  it('creates a source from an imported HTML file reduced to its words, with reliability meanings shown', async () => {
    const { host, onSaved, user } = renderEditor();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'court-record');
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Judgment of the port court');
    const reliability = screen.getByRole('combobox', { name: 'Reliability' });
    expect(within(reliability).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'A — Completely reliable', 'B — Usually reliable', 'C — Fairly reliable', 'D — Not usually reliable', 'E — Unreliable', 'F — Reliability cannot be judged',
    ]);
    await user.selectOptions(reliability, 'C');
    expect(screen.getByText(/^C: Fairly reliable\./)).toBeTruthy();

    const file = new File([hostilePage], 'judgment.html', { type: 'text/html', lastModified: Date.UTC(2024, 4, 30, 9, 30) });
    await user.upload(screen.getByLabelText('Text file to import'), file);
    await waitFor(() => expect(snapshotBox().value).toBe('Port & harbour\n\nThe minister signed.'));
    expect((globalThis as { hostileRan?: boolean }).hostileRan).toBeUndefined();
    expect(screen.getByText(/^Imported “judgment\.html”: 36 characters of text\./)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Origin' }) as HTMLInputElement).value).toBe('judgment.html');

    await user.click(screen.getByRole('button', { name: 'Create source' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const created = host.file().sources.at(-1)!;
    expect(created).toMatchObject({
      kind: 'court-record',
      title: 'Judgment of the port court',
      reliability: 'C',
      snapshot: { text: 'Port & harbour\n\nThe minister signed.', origin: 'judgment.html', capturedAt: '2024-05-30T09:30:00.000Z' },
    });
    expect(onSaved.mock.calls[0]![0]).toEqual(created);
  });

  it('after a new snapshot text is saved, says which quotes moved and which were orphaned, then continues', async () => {
    const { host, onSaved, user } = renderEditor((source) => source);
    await replaceSnapshot(user, `Summary added later. ${reportText.replace('existed at all.', 'existed.')}`);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const report = await screen.findByRole('region', { name: 'The source’s quotes were checked against the new text' });
    expect(within(report).getByText('3 quotes were checked; 0 stayed where they were.')).toBeTruthy();
    expect(within(report).getByRole('heading', { name: 'Orphaned (1)' })).toBeTruthy();
    expect(within(report).getByText('“Officials later denied that any contract existed at all.”')).toBeTruthy();
    expect(within(report).getByRole('heading', { name: 'Moved (2)' })).toBeTruthy();
    expect(host.file().quotes.find((quote) => quote.id === 'quote-denied')!.anchor).toBe('orphaned');
    expect(onSaved).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: 'source-report', snapshot: { text: expect.stringMatching(/^Summary added later\./) } });
  });

  it('saves other fields without a report, keeping the stored capture time to the millisecond', async () => {
    const { host, onSaved, user } = renderEditor((source) => ({ ...source, snapshot: { ...source.snapshot, capturedAt: '2024-03-01T10:00:00.123Z' } }));
    await user.type(screen.getByRole('textbox', { name: 'Author' }), ' (second edition)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(host.file().sources.find((source) => source.id === 'source-report')).toMatchObject({
      author: 'Audit Office (second edition)',
      snapshot: { text: reportText, capturedAt: '2024-03-01T10:00:00.123Z' },
    });
  });

  it('shows each problem next to its field and sends nothing', async () => {
    const { host, user } = renderEditor((source) => source);
    await user.clear(screen.getByRole('textbox', { name: /Title/ }));
    await user.clear(screen.getByRole('textbox', { name: 'Address (URL)' }));
    await user.type(screen.getByRole('textbox', { name: 'Address (URL)' }), 'javascript:alert(1)');
    await user.type(screen.getByRole('textbox', { name: 'Published' }), '{Control>}a{/Control}May 2023');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByText('Must not be empty.')).toBeTruthy();
    expect(screen.getByText('Must be an http:// or https:// address.')).toBeTruthy();
    expect(screen.getByText(/^Must be an EDTF date/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Title/ }));
    expect(host.callsTo('source.update')).toHaveLength(0);
  });

  it('refuses a file that is not text, leaving the snapshot as it was', async () => {
    renderEditor((source) => source);
    // The file dialog filters by type, but a user can still choose "all files"; the editor must refuse it itself.
    const user = userEvent.setup({ delay: null, applyAccept: false });
    const picture = new File(['GIF89a'], 'photo.gif', { type: 'image/gif' });
    await user.upload(screen.getByLabelText('Text file to import'), picture);
    expect((await screen.findByRole('alert')).textContent).toMatch(/“photo\.gif” is not a file Dossier can import as text.*The snapshot text was not changed\./);
    expect(snapshotBox().value).toBe(reportText);
  });

  it('converts pasted HTML to its words, and takes the conversion back on request', async () => {
    const { user } = renderEditor();
    await replaceSnapshot(user, hostilePage);
    expect((screen.getByRole('textbox', { name: 'Origin' }) as HTMLInputElement).value).toBe('Pasted');
    await user.click(screen.getByRole('button', { name: 'Convert HTML to text' }));
    expect(snapshotBox().value).toBe('Port & harbour\n\nThe minister signed.');
    await user.click(screen.getByRole('button', { name: 'Put the previous text back' }));
    expect(snapshotBox().value).toBe(hostilePage);
  });
});
