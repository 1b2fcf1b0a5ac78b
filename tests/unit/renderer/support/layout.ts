/**
 * jsdom lays nothing out: every box is 0 px, so a virtualized list would think nothing is in view. Give every
 * element a fixed size instead: scroll areas 600 px tall, rows 50 px, so a list shows about a dozen rows as it would
 * on a screen.
 */
export const viewportHeight = 600;
export const rowHeight = 50;

Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => viewportHeight });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => rowHeight });
