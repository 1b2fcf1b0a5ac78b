import DOMPurify, { type Config } from 'dompurify';
import { Marked } from 'marked';

const markdown = new Marked({ gfm: true, breaks: true, async: false });

// Notes may come from anyone: beyond removing script, nothing in them may make the machine fetch anything
// (a remote image would reveal the investigator's address) or submit anything.
const sanitizerConfig = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'style', 'link', 'meta', 'base', 'video', 'audio', 'source', 'track', 'picture', 'map', 'area', 'template',
  ],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'poster', 'ping', 'id', 'name'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
} satisfies Config;

const embeddedImage = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/i;
const shownAddress = /^(?:https?:|mailto:)/i;

/** A remote image is replaced by a note saying so; only images embedded in the note itself are kept. */
function dropRemoteImages(fragment: DocumentFragment): void {
  for (const image of fragment.querySelectorAll('img')) {
    if (embeddedImage.test(image.getAttribute('src') ?? '')) continue;
    const note = image.ownerDocument.createElement('span');
    note.className = 'markdown-removed';
    note.textContent = '[remote image not shown]';
    image.replaceWith(note);
  }
}

/** Links become plain text (with their address shown as text), so nothing in a note navigates or fetches. */
function disarmLinks(fragment: DocumentFragment): void {
  for (const link of fragment.querySelectorAll('a')) {
    const document = link.ownerDocument;
    const text = document.createElement('span');
    text.className = 'markdown-link';
    text.append(...link.childNodes);
    const address = link.getAttribute('href') ?? '';
    const replacement: Node[] = [text];
    if (shownAddress.test(address) && address !== text.textContent) {
      const shown = document.createElement('span');
      shown.className = 'markdown-address';
      shown.textContent = ` (${address})`;
      replacement.push(shown);
    }
    link.replaceWith(...replacement);
  }
}

/**
 * Markdown to HTML that is safe to insert: sanitized by DOMPurify, with forms, frames, styles and remote images
 * removed and links turned into text. The work happens in DOMPurify's detached document, where nothing loads.
 */
export function renderMarkdown(text: string): string {
  const html = markdown.parse(text) as string;
  const fragment = DOMPurify.sanitize(html, sanitizerConfig);
  dropRemoteImages(fragment);
  disarmLinks(fragment);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
