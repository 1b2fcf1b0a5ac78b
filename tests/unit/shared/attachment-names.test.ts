import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackAttachmentName, maximumAttachmentNameBytes, mediaTypeFor, sanitizeAttachmentName, visibleName } from '../../../shared';

/** Names seen in the wild or built to escape a folder, spoof an extension, or trip a file system. */
const hostileNames = [
  '../../etc/passwd',
  '..\\..\\Windows\\System32\\drivers\\etc\\hosts',
  '/etc/shadow',
  'C:\\Users\\Public\\evil.exe',
  '\\\\server\\share\\payload.dll',
  'C:relative.txt',
  '..',
  '.',
  '...',
  '....//....//x.pdf',
  'a/../../b.png',
  'report.pdf/',
  'CON',
  'con.txt',
  'PRN.tar.gz',
  'aux',
  'NUL.pdf',
  'COM1',
  'com9.log',
  'LPT1.doc',
  'lpt¹.txt',
  'CONIN$',
  'CON .txt',
  'invoice\u202Efdp.exe',
  'photo\u200E.jpg',
  'line\nbreak.txt',
  'tab\there.txt',
  'nul\u0000byte.pdf',
  'bell\u0007.wav',
  'escape\u001b[31mred.txt',
  'delete\u007f.txt',
  'c1\u0085control.txt',
  'trailing dot.pdf.',
  'trailing space.pdf ',
  '   ',
  '',
  'what?.txt',
  'a<b>c.txt',
  'pipe|name.txt',
  'quote".txt',
  'star*.txt',
  `${'a'.repeat(300)}.pdf`,
  `${'é'.repeat(150)}.pdf`,
  `${'😀'.repeat(80)}.png`,
  'broken\ud800half.txt',
  '.htaccess',
  '.pdf',
];

const windowsReserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\.|$)/i;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

describe('making an attachment name safe', () => {
  it('leaves an ordinary name as it is, saying nothing', () => {
    for (const name of ['Audit report 2023.pdf', 'Interview — Amir S. (2).m4a', 'تقرير.pdf', '会议记录.docx', 'archive.tar.gz']) {
      expect(sanitizeAttachmentName(name)).toEqual({ name, changes: [] });
    }
  });

  it('turns every hostile name into one plain file name that stays inside a folder on POSIX and on Windows', () => {
    for (const hostile of hostileNames) {
      const { name } = sanitizeAttachmentName(hostile);
      // Finding control characters is the point of this pattern.
      // eslint-disable-next-line no-control-regex
      expect(name, hostile).not.toMatch(/[/\\<>:"|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(name, hostile).not.toMatch(/^\.{1,2}$/);
      expect(name, hostile).not.toMatch(/[. ]$/);
      expect(name.trim(), hostile).toBe(name);
      expect(windowsReserved.test(name), hostile).toBe(false);
      expect(utf8Length(name), hostile).toBeLessThanOrEqual(maximumAttachmentNameBytes);
      // encodeURIComponent throws on half a character, which no file system can store.
      expect(() => encodeURIComponent(name), hostile).not.toThrow();
      for (const path of [posix, win32]) {
        const folder = path === posix ? '/case/attachments' : 'C:\\case\\attachments';
        expect(path.dirname(path.resolve(folder, name)), hostile).toBe(folder);
      }
    }
  });

  it('says what it changed and why, whenever it changed anything', () => {
    for (const hostile of hostileNames) {
      const { name, changes } = sanitizeAttachmentName(hostile);
      if (name !== hostile.trim()) expect(changes.length, hostile).toBeGreaterThan(0);
    }
    expect(sanitizeAttachmentName('../../etc/passwd')).toEqual({
      name: 'passwd',
      changes: ['folder names, “/”, “\\” and “..” were removed, keeping only the file’s own name'],
    });
    expect(sanitizeAttachmentName('line\nbreak.txt')).toEqual({ name: 'linebreak.txt', changes: ['control characters were removed'] });
    expect(sanitizeAttachmentName('invoice\u202Efdp.exe')).toEqual({ name: 'invoicefdp.exe', changes: ['invisible direction marks were removed'] });
  });

  it('keeps the extension and the device name, moved out of Windows’ way', () => {
    expect(sanitizeAttachmentName('CON').name).toBe('_CON');
    expect(sanitizeAttachmentName('con.txt').name).toBe('_con.txt');
    expect(sanitizeAttachmentName('PRN.tar.gz').name).toBe('_PRN.tar.gz');
    expect(sanitizeAttachmentName('CON .txt').name).toBe('_CON.txt');
    expect(sanitizeAttachmentName('COM1').changes).toEqual(['“COM1” is a device name Windows reserves, so “_” was put before it']);
    expect(sanitizeAttachmentName('CONSOLE.txt')).toEqual({ name: 'CONSOLE.txt', changes: [] });
  });

  it('names what is left empty “attachment”, keeping the extension', () => {
    for (const empty of ['', '   ', '..', '.', '...', '../', '\u0000\u0001']) expect(sanitizeAttachmentName(empty).name, JSON.stringify(empty)).toBe(fallbackAttachmentName);
    expect(sanitizeAttachmentName('.pdf').name).toBe('attachment.pdf');
    expect(sanitizeAttachmentName('../.pdf').name).toBe('attachment.pdf');
  });

  it('shortens a long name by whole characters, keeping its extension', () => {
    const long = sanitizeAttachmentName(`${'a'.repeat(300)}.pdf`);
    expect(long.name).toBe(`${'a'.repeat(maximumAttachmentNameBytes - 4)}.pdf`);
    expect(long.changes).toEqual([`it was shortened to ${maximumAttachmentNameBytes} bytes`]);
    const emoji = sanitizeAttachmentName(`${'😀'.repeat(80)}.png`).name;
    expect(emoji.endsWith('.png')).toBe(true);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
    expect(utf8Length(emoji)).toBe(4 * 49 + 4);
  });

  it('replaces characters Windows forbids and drops trailing dots', () => {
    expect(sanitizeAttachmentName('what?.txt').name).toBe('what_.txt');
    expect(sanitizeAttachmentName('a<b>c.txt').name).toBe('a_b_c.txt');
    expect(sanitizeAttachmentName('trailing dot.pdf.')).toEqual({ name: 'trailing dot.pdf', changes: ['trailing dots were removed'] });
  });

  it('shows a hostile name in a message without carrying its control characters', () => {
    expect(visibleName('a\u0000b\u202Ec\nd')).toBe('a\\u0000b\\u202ec\\u000ad');
  });
});

describe('the type recorded for an attachment', () => {
  it('takes a well-formed stated type, without its parameters', () => {
    expect(mediaTypeFor('notes.txt', 'text/plain; charset=utf-8')).toBe('text/plain');
    expect(mediaTypeFor('scan', 'Image/PNG')).toBe('image/png');
  });

  it('falls back on the extension when the type is missing, generic or malformed', () => {
    expect(mediaTypeFor('Report.PDF')).toBe('application/pdf');
    expect(mediaTypeFor('call.m4a', 'application/octet-stream')).toBe('audio/mp4');
    expect(mediaTypeFor('photo.jpeg', 'text/html\r\nX-Injected: 1')).toBe('image/jpeg');
    expect(mediaTypeFor('data.constructor')).toBe('application/octet-stream');
    expect(mediaTypeFor('no-extension')).toBe('application/octet-stream');
  });
});
