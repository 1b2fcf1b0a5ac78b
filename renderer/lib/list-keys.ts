/** How far Page Up and Page Down move in a list navigated with the keyboard. */
const pageStep = 10;

/**
 * The index a key moves to in a list of `count` items, from `current`; undefined for keys the list leaves alone.
 * Arrows move by one, Page Up/Down by a page, Home and End to either end.
 */
export function indexAfterKey(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    PageDown: current + pageStep,
    PageUp: current - pageStep,
    Home: 0,
    End: last,
  };
  const target = moves[key];
  return target === undefined ? undefined : Math.min(Math.max(target, 0), last);
}

/** A virtualizer's visible indexes plus the ones that must stay rendered (the focused, the selected), in order. */
export function withPinned(visible: readonly number[], pinned: readonly number[]): number[] {
  const extra = [...new Set(pinned)].filter((index) => index >= 0 && !visible.includes(index));
  return extra.length === 0 ? [...visible] : [...visible, ...extra].sort((first, second) => first - second);
}
