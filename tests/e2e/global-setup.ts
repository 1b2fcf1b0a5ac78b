import { resolve } from 'node:path';
import { buildIfNeeded } from '../../electron/web/renderer-build';

const projectRoot = resolve(import.meta.dirname, '../..');

/** Builds once before any host starts, so parallel hosts never rebuild the renderer under each other. */
export default function globalSetup(): void {
  buildIfNeeded(projectRoot, resolve(projectRoot, 'out', 'renderer'));
}
