/**
 * Keyboard shortcuts written as "Mod+Alt+N": Mod is ⌘ on a Mac and Ctrl elsewhere, so one spelling serves both.
 * Matching uses `event.code` for letters, so a shortcut still works with Alt held (which changes `event.key` on a
 * Mac) and on non-Latin keyboard layouts.
 */
export interface Shortcut {
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key: key.toLowerCase() };
}

export function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

function keyOf(event: KeyboardEvent): string {
  if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(event.code)) return event.code.slice(5);
  return event.key.toLowerCase();
}

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut, apple = isApplePlatform()): boolean {
  const mod = apple ? event.metaKey : event.ctrlKey;
  const otherMod = apple ? event.ctrlKey : event.metaKey;
  return mod === shortcut.mod && !otherMod && event.altKey === shortcut.alt && event.shiftKey === shortcut.shift && keyOf(event) === shortcut.key;
}

/** How a shortcut is shown: "⌘⌥N" on a Mac, "Ctrl+Alt+N" elsewhere. */
export function describeShortcut(text: string, apple = isApplePlatform()): string {
  const shortcut = parseShortcut(text);
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  if (apple) return `${shortcut.mod ? '⌘' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+');
}
