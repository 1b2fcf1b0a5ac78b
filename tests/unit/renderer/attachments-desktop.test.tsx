import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failure, success, type Attachment, type AttachOutcome, type DossierBridge, type Invoke, type OpenOutcome, type Result } from '../../../shared';
import { ApiProvider, browserApi, desktopApi, type NativeAttachments } from '../../../renderer/api';
import { desktopAttachments } from '../../../renderer/api/attachments';
import { AttachmentsSection } from '../../../renderer/features/attachments/AttachmentsSection';

afterEach(cleanup);

const source = { kind: 'source', id: 'source-report' } as const;
const time = '2024-03-01T10:00:00.000Z';

function attachment(id: string, name: string): Attachment {
  return { id, name, target: source, sha256: `${id}${'c'.repeat(64 - id.length)}`, bytes: 2048, mediaType: 'application/pdf', capturedAt: time, createdAt: time, updatedAt: time };
}

/** The shell's side, played by the test: each request waits until the test answers it. */
function fakeShell() {
  const attachRequests: Array<{ request: unknown; answer: (result: Result<AttachOutcome>) => void }> = [];
  const openRequests: unknown[] = [];
  let opened: Result<OpenOutcome> = success({ openedIn: 'viewer' });
  const native: NativeAttachments = {
    host: 'desktop',
    attachFiles: (request) => new Promise((answer) => attachRequests.push({ request, answer })),
    openAttachment: async (request) => {
      openRequests.push(request);
      return opened;
    },
  };
  return { native, attachRequests, openRequests, openWith: (result: Result<OpenOutcome>) => (opened = result) };
}

function renderSection(attachments: readonly Attachment[] = [], readOnly = false) {
  const shell = fakeShell();
  const onChanged = vi.fn();
  render(<AttachmentsSection caseId="case-harbour" target={source} attachments={attachments} onChanged={onChanged} readOnly={readOnly} host={shell.native} />);
  const section = screen.getByRole('region', { name: /Attachments/ });
  return { ...shell, section, onChanged, user: userEvent.setup({ delay: null }) };
}

describe('attachments on the desktop', () => {
  it('attaches through the shell’s dialog, with no file input of the page, and reports each file', async () => {
    const { section, attachRequests, onChanged, user } = renderSection();
    expect(section.querySelector('input[type=file]')).toBeNull();
    const attachButton = within(section).getByRole('button', { name: 'Attach files…' });
    await user.click(attachButton);
    expect(attachRequests.map(({ request }) => request)).toEqual([{ caseId: 'case-harbour', target: source }]);
    expect(attachButton).toHaveProperty('disabled', true);
    expect(within(section).getByRole('status').textContent).toContain('Choose the files in the dialog');

    const notice = 'The file “CON.pdf” was attached as “_CON.pdf”: “CON” is a device name Windows reserves, so “_” was put before it.';
    const failed = [
      { name: 'Vanished.pdf', error: { code: 'not-found', message: 'There is no file at /home/ana/Vanished.pdf.' } },
      { name: 'Scans', error: { code: 'invalid-input', message: '/home/ana/Scans is a folder; choose a file to attach.' } },
    ] as const;
    const outcome = { attached: [{ attachment: attachment('a1', 'Report.pdf') }, { attachment: attachment('a2', '_CON.pdf'), notice }], failed };
    await act(async () => attachRequests[0]!.answer(success(outcome)));
    expect(within(section).getByRole('status').textContent).toBe('Attached “Report.pdf”, “_CON.pdf”.');
    expect(section.textContent).toContain(notice);
    const problems = within(within(section).getByRole('alert')).getAllByRole('listitem').map((item) => item.textContent);
    expect(problems).toEqual([
      '“Vanished.pdf” was not attached. There is no file at /home/ana/Vanished.pdf.',
      '“Scans” was not attached. /home/ana/Scans is a folder; choose a file to attach.',
    ]);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(attachButton).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(attachButton);
  });

  it('says nothing and reloads nothing when the dialog is cancelled', async () => {
    const { section, attachRequests, onChanged, user } = renderSection();
    await user.click(within(section).getByRole('button', { name: 'Attach files…' }));
    await act(async () => attachRequests[0]!.answer(success({ cancelled: true })));
    expect(within(section).getByRole('status').textContent).toBe('');
    expect(within(section).queryByRole('alert')).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('shows a refused request in the shell’s words, and reloads nothing when no file was attached', async () => {
    const { section, attachRequests, onChanged, user } = renderSection();
    await user.click(within(section).getByRole('button', { name: 'Attach files…' }));
    await act(async () => attachRequests[0]!.answer(failure('read-only', 'Nothing was attached: another window is editing this case.')));
    expect(within(section).getByRole('alert').textContent).toBe('Nothing was attached. Nothing was attached: another window is editing this case.');
    await user.click(within(section).getByRole('button', { name: 'Attach files…' }));
    const allFailed = { attached: [], failed: [{ name: 'Gone.pdf', error: { code: 'not-found' as const, message: 'There is no file at /x/Gone.pdf.' } }] };
    await act(async () => attachRequests[1]!.answer(success(allFailed)));
    expect(within(section).getByRole('alert').textContent).toBe('“Gone.pdf” was not attached. There is no file at /x/Gone.pdf.');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('opens a file with the system viewer from the keyboard, and says why when it could not', async () => {
    const { section, openRequests, openWith, user } = renderSection([attachment('a1', 'Report.pdf'), attachment('a2', 'setup.exe')]);
    const report = within(section).getByRole('listitem', { name: 'Report.pdf' });
    expect(within(report).queryByRole('link')).toBeNull();
    within(report).getByRole('button', { name: 'Open' }).focus();
    await user.keyboard('{Enter}');
    expect(openRequests).toEqual([{ caseId: 'case-harbour', attachmentId: 'a1' }]);
    expect(within(report).queryByRole('alert')).toBeNull();

    openWith(failure('internal', 'The system could not open “Report.pdf”: no application is registered for it.'));
    await user.click(within(report).getByRole('button', { name: 'Open' }));
    expect(within(report).getByRole('alert').textContent).toBe('The system could not open “Report.pdf”: no application is registered for it.');

    const program = within(section).getByRole('listitem', { name: 'setup.exe' });
    openWith(success({ openedIn: 'folder' }));
    await user.click(within(program).getByRole('button', { name: 'Open' }));
    expect(program.textContent).toContain('“setup.exe” could run as a program or load web pages if opened, so its read-only copy is shown in its folder instead.');
  });

  it('offers no attaching in a read-only case, but still opens files', () => {
    const { section } = renderSection([attachment('a1', 'Report.pdf')], true);
    expect(within(section).getByRole('button', { name: 'Attach files…' })).toHaveProperty('disabled', true);
    expect(within(section).getByRole('button', { name: 'Open' })).toHaveProperty('disabled', false);
  });
});

describe('which way the host attaches', () => {
  const call = (async () => success({})) as Invoke;

  it('uses the shell’s dialog and viewer on the desktop, and turns a dead shell into a failure', async () => {
    const shell = {
      attachFiles: vi.fn(() => Promise.reject(new Error('No handler registered for shell:attach-files'))),
      openAttachment: vi.fn(async () => success({ openedIn: 'viewer' as const })),
    };
    const api = desktopApi({ invoke: call, shell } as unknown as DossierBridge);
    expect(api.attachments?.host).toBe('desktop');
    const attachments = desktopAttachments(shell as unknown as DossierBridge['shell']);
    expect(await attachments.openAttachment({ caseId: 'c', attachmentId: 'a' })).toEqual(success({ openedIn: 'viewer' }));
    const result = await attachments.attachFiles({ caseId: 'c', target: source });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('No handler registered') } });
  });

  it('takes the host from the API when none is given, and offers no attaching where the host has no way', () => {
    const { native } = fakeShell();
    const onChanged = vi.fn();
    const { unmount } = render(
      <ApiProvider api={{ ...browserApi(call), attachments: native }}>
        <AttachmentsSection caseId="case-harbour" target={source} attachments={[]} onChanged={onChanged} />
      </ApiProvider>,
    );
    expect(screen.getByRole('button', { name: 'Attach files…' })).toBeTruthy();
    unmount();
    render(
      <ApiProvider api={browserApi(call)}>
        <AttachmentsSection caseId="case-harbour" target={source} attachments={[]} onChanged={onChanged} />
      </ApiProvider>,
    );
    expect(screen.queryByRole('button', { name: /Attach/ })).toBeNull();
  });
});
