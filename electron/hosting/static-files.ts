import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/** Reads a file of the built renderer for a URL path, refusing anything that would resolve outside its folder. */
export async function readStaticFile(folder: string, urlPath: string): Promise<StaticFile | undefined> {
  const root = resolve(folder);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const path = resolve(join(root, normalize(relative)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    return { body: await readFile(path), contentType: contentTypes[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
