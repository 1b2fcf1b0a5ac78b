import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attachment } from '../../../shared';
import type { AttachmentTransfer, UploadOutcome, UploadRequest } from '../../../renderer/api/upload';
import { AttachmentsSection } from '../../../renderer/features/attachments/AttachmentsSection';

afterEach(cleanup);

const source = { kind: 'source', id: 'source-report' } as const;
const time = '2024-03-01T10:00:00.000Z';

function attachment(id: string, name: string, target: Attachment['target'] = source): Attachment {
  const sha256 = `${id.charCodeAt(1).toString(16)}${'b'.repeat(62)}`;
  return { id, name, target, sha256, bytes: 3_100_000, mediaType: 'application/pdf', capturedAt: time, createdAt: time, updatedAt: time };
}

/** A transfer the test drives: it records each upload and settles it when told. */
function fakeTransfer() {
  const uploads: Array<{ request: UploadRequest; settle: (outcome: UploadOutcome) => void; cancel: ReturnType<typeof vi.fn> }> = [];
  const transfer: AttachmentTransfer = {
    host: 'browser',
    upload: (request) => {
      let settle: (outcome: UploadOutcome) => void = () => {};
      const outcome = new Promise<UploadOutcome>((resolve) => (settle = resolve));
      const cancel = vi.fn(() => settle({ status: 'cancelled' }));
      uploads.push({ request, settle, cancel });
      return { outcome, cancel };
    },
    fileUrl: (caseId, attachmentId) => `/files/${caseId}/${attachmentId}`,
  };
  return { transfer, uploads };
}

function renderSection(attachments: readonly Attachment[] = [], readOnly = false) {
  const { transfer, uploads } = fakeTransfer();
  const onChanged = vi.fn();
  render(<AttachmentsSection caseId="case-harbour" target={source} attachments={attachments} onChanged={onChanged} readOnly={readOnly} host={transfer} />);
  const section = screen.getByRole('region', { name: /Attachments/ });
  const input = section.querySelector<HTMLInputElement>('input[type=file]')!;
  const user = userEvent.setup({ delay: null });
  /** As in a browser: the button opens the file dialog (focus stays on it), then the input reports the choice. */
  const choose = async (file: File) => {
    await user.click(within(section).getByRole('button', { name: 'Attach file…' }));
    fireEvent.change(input, { target: { files: [file] } });
  };
  return { section, uploads, onChanged, user, choose };
}

describe('the attachments of a source or an incident', () => {
  it('lists the target’s files with size, type, capture time and a short SHA-256 whose whole is a hover or a copy away', async () => {
    const report = attachment('a1', 'Audit report.pdf');
    const other = attachment('a2', 'Elsewhere.pdf', { kind: 'incident', id: 'incident-1' });
    const { section, user } = renderSection([report, other]);
    expect(within(section).getByRole('heading').textContent).toBe('Attachments (1)');
    const item = within(section).getByRole('listitem', { name: 'Audit report.pdf' });
    expect(item.textContent).toContain('3.1 MB');
    expect(item.textContent).toContain('application/pdf');
    expect(item.querySelector('time')?.getAttribute('dateTime')).toBe(time);
    const code = item.querySelector('code')!;
    expect(code.getAttribute('title')).toBe(report.sha256);
    expect(within(code).getByText(`${report.sha256.slice(0, 12)}…`)).toBeTruthy();
    expect(within(section).queryByText('Elsewhere.pdf')).toBeNull();
    expect(within(item).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('/files/case-harbour/a1');

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(item).getByRole('button', { name: 'Copy SHA-256' }));
    expect(writeText).toHaveBeenCalledWith(report.sha256);
    expect(await within(item).findByText('Copied.')).toBeTruthy();
  });

  it('uploads a chosen file with progress, then says it was attached, how its name changed, and asks the screen to reload', async () => {
    const { section, uploads, onChanged, choose } = renderSection();
    const attachButton = within(section).getByRole('button', { name: 'Attach file…' });
    const file = new File(['%PDF'], 'CON.pdf', { type: 'application/pdf' });
    await choose(file);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.request).toMatchObject({ caseId: 'case-harbour', target: source, file });
    expect(attachButton).toHaveProperty('disabled', true);

    act(() => uploads[0]!.request.onProgress?.(2_000_000, 8_000_000));
    const progress = within(section).getByRole('progressbar');
    expect(progress.getAttribute('value')).toBe('2000000');
    expect(progress.getAttribute('max')).toBe('8000000');
    expect(section.textContent).toContain('Sending “CON.pdf”: 2 MB of 8 MB (25%)');
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Cancel' }));

    act(() => uploads[0]!.request.onSent?.());
    expect(within(section).getByRole('status').textContent).toBe('Storing “CON.pdf” in the case…');
    expect(within(section).queryByRole('button', { name: 'Cancel' })).toBeNull();

    const notice = 'The file “CON.pdf” was attached as “_CON.pdf”: “CON” is a device name Windows reserves, so “_” was put before it.';
    await act(async () => uploads[0]!.settle({ status: 'attached', value: { attachment: attachment('a3', '_CON.pdf'), notice } }));
    expect(within(section).getByRole('status').textContent).toBe('Attached “_CON.pdf”.');
    expect(section.textContent).toContain(notice);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(attachButton).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(attachButton);
  });

  it('cancels an upload with the Cancel button or Escape, attaching nothing', async () => {
    const { section, uploads, onChanged, user, choose } = renderSection();
    await choose(new File(['x'], 'big.iso'));
    await user.click(within(section).getByRole('button', { name: 'Cancel' }));
    expect(uploads[0]!.cancel).toHaveBeenCalledTimes(1);
    expect(await within(section).findByText('Cancelled: “big.iso” was not attached.')).toBeTruthy();

    await choose(new File(['x'], 'again.iso'));
    await user.keyboard('{Escape}');
    expect(uploads[1]!.cancel).toHaveBeenCalledTimes(1);
    expect(await within(section).findByText('Cancelled: “again.iso” was not attached.')).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('shows the host’s refusal in its words and leaves the list as it was', async () => {
    const { section, uploads, onChanged, choose } = renderSection();
    await choose(new File(['x'], 'huge.iso'));
    const message = 'The file is larger than 2 GB, the most an attachment may be; nothing was attached.';
    await act(async () => uploads[0]!.settle({ status: 'failed', error: { code: 'invalid-input', message } }));
    expect(within(section).getByRole('alert').textContent).toBe(`“huge.iso” was not attached. ${message}`);
    expect(onChanged).not.toHaveBeenCalled();
    expect(within(section).getByText('No files attached.')).toBeTruthy();
  });

  it('offers no attaching in a read-only case', () => {
    const { section } = renderSection([], true);
    expect(within(section).getByRole('button', { name: 'Attach file…' })).toHaveProperty('disabled', true);
  });
});
