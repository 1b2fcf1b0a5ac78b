import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../renderer/lib/markdown';

function rendered(markdown: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderMarkdown(markdown);
  return container;
}

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    const html = rendered('# Title\n\nSome **bold** text\n\n- one\n- two');
    expect(html.querySelector('h1')?.textContent).toBe('Title');
    expect(html.querySelector('strong')?.textContent).toBe('bold');
    expect(html.querySelectorAll('li')).toHaveLength(2);
  });

  it('removes scripts and event handlers', () => {
    const html = rendered('<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n<p onclick="alert(3)">hi</p>');
    expect(html.querySelector('script')).toBeNull();
    expect(html.innerHTML).not.toMatch(/onerror|onclick|alert/);
  });

  it('drops remote images, keeping a note, but keeps images embedded in the note', () => {
    const html = rendered(`![tracker](https://tracker.example/pixel.gif) <img src="//evil.example/x.png"> ![inline](${pixel})`);
    const sources = [...html.querySelectorAll('img')].map((image) => image.getAttribute('src'));
    expect(sources).toEqual([pixel]);
    expect(html.textContent).toContain('[remote image not shown]');
  });

  it('removes forms, inputs, frames and styles', () => {
    const html = rendered(
      '<form action="https://evil.example/"><input name="q"><button>Go</button></form><iframe src="https://evil.example"></iframe><style>body{background:url(https://evil.example)}</style><p style="background:url(https://evil.example)">styled</p>',
    );
    for (const tag of ['form', 'input', 'button', 'iframe', 'style']) expect(html.querySelector(tag)).toBeNull();
    expect(html.innerHTML).not.toContain('evil.example');
  });

  it('turns links into text that cannot navigate, showing web addresses as text', () => {
    const html = rendered('[click](javascript:alert(1)) and [report](https://example.org/report) and <a href="javascript:alert(2)">raw</a>');
    expect(html.querySelector('a')).toBeNull();
    expect(html.innerHTML).not.toContain('javascript:');
    expect(html.textContent).toContain('click');
    expect(html.textContent).toContain('report (https://example.org/report)');
  });
});
