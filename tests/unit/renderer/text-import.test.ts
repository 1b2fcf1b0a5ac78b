import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatOfFile, htmlToText, importText, markdownToText, plainText } from '../../../renderer/lib/text-import';

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { hostileRan?: boolean }).hostileRan;
});

const hostile = `<!doctype html><html><head>
  <title>Page title</title><meta http-equiv="refresh" content="0;url=https://tracker.example/meta">
  <link rel="stylesheet" href="https://tracker.example/style.css"><style>body { background: url(https://tracker.example/bg.png) }</style>
  <script>window.hostileRan = true; fetch('https://tracker.example/script');</script>
</head><body onload="window.hostileRan = true">
  <h1>Harbour deal</h1>
  <p>The minister   signed
     the contract.<img src="https://tracker.example/pixel.gif" onerror="window.hostileRan = true" alt="pixel"></p>
  <noscript>Enable scripts to read on</noscript><iframe src="https://tracker.example/frame">frame text</iframe>
  <template><p>template text</p></template>
  <svg><script>window.hostileRan = true</script><text>svg words</text></svg>
  <p>Fees &amp; charges&nbsp;&#8364;3m &mdash; &lt;confirmed&gt;</p>
</body></html>`;

describe('importing text', () => {
  it('keeps plain text as it is, with line breaks as LF and no byte-order mark', () => {
    expect(plainText('\uFEFFone\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n');
    expect(importText('  indented\r\n\r\n\r\n\r\ngap  ', 'plain')).toEqual({ ok: true, value: '  indented\n\n\n\ngap  ' });
  });

  it('tells the format of a file by its name, then its type, and refuses others', () => {
    expect(formatOfFile('Notes.MD')).toBe('markdown');
    expect(formatOfFile('page.htm')).toBe('html');
    expect(formatOfFile('minutes.txt')).toBe('plain');
    expect(formatOfFile('download', 'text/html')).toBe('html');
    expect(formatOfFile('photo.jpg', 'image/jpeg')).toBeUndefined();
  });

  it('strips hostile HTML to its words: no script runs, nothing is fetched, no script or style text remains', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch');
    const text = htmlToText(hostile);
    expect(text).toBe('Harbour deal\n\nThe minister signed the contract.\n\nFees & charges\u00a0€3m — <confirmed>');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetched).not.toHaveBeenCalled();
    expect((globalThis as { hostileRan?: boolean }).hostileRan).toBeUndefined();
    for (const leaked of ['hostileRan', 'tracker.example', 'background', 'Enable scripts', 'frame text', 'template text', 'Page title', 'pixel']) {
      expect(text).not.toContain(leaked);
    }
  });

  it('lays out HTML blocks as lines and paragraphs, table cells with tabs, and keeps preformatted text', () => {
    const html = '<div>one</div><div>two</div><ul><li>first</li><li>second</li></ul><table><tr><th>Name</th><th>Sum</th></tr><tr><td>A</td><td>3</td></tr></table><pre>  a\n    b</pre>x<br><br>y';
    expect(htmlToText(html)).toBe('one\ntwo\n\nfirst\nsecond\n\nName\tSum\nA\t3\n\n  a\n    b\n\nx\n\ny');
  });

  it('turns Markdown into its words: headings, emphasis, links, lists and tables without the markup', () => {
    const markdown = [
      '# Findings &amp; notes',
      'The *minister* signed **the contract** ([source](https://example.org/a)) on `3 May`. AT&T \\* not a list',
      '- first\n- second',
      '3. third\n4. fourth',
      '| Name | Sum |\n|---|---|\n| A | 3 |',
      '> quoted line',
      '![a photo of the port](https://tracker.example/port.png)',
      '<script>alert(1)</script>',
      '```\nkept  as <code> &amp; written\n```',
    ].join('\n\n');
    expect(markdownToText(markdown)).toBe(
      [
        'Findings & notes',
        'The minister signed the contract (source) on 3 May. AT&T * not a list',
        '• first\n• second',
        '3. third\n4. fourth',
        'Name\tSum\nA\t3',
        'quoted line',
        'a photo of the port',
        'kept  as <code> &amp; written',
      ].join('\n\n'),
    );
  });

  it('converts inputs of several megabytes, and refuses a text longer than a snapshot holds', () => {
    const paragraph = 'The ledger shows a payment to the harbour account &amp; a transfer. '.repeat(70).trim();
    const html = `<p>${paragraph}</p><script>window.hostileRan = true</script><img src="https://tracker.example/${paragraph.length}.gif">`.repeat(1_100);
    expect(html.length).toBeGreaterThan(5_000_000);
    const fromHtml = importText(html, 'html');
    const expected = paragraph.replaceAll('&amp;', '&');
    expect(fromHtml.ok && fromHtml.value).toBe(Array.from({ length: 1_100 }, () => expected).join('\n\n'));
    const fromMarkdown = importText(`${paragraph}\n\n`.repeat(1_100), 'markdown');
    expect(fromMarkdown.ok && fromMarkdown.value).toBe(fromHtml.ok && fromHtml.value);
    const tooLong = importText('x'.repeat(50_000_001), 'plain');
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/at most 50.000.000/) } });
  }, 60_000);
});
