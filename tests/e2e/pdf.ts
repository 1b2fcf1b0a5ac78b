import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF (or of one page of it) as poppler's pdftotext lays it out. */
export async function pdfText(file: string, page?: number): Promise<string> {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', ['-layout', ...pages, file, '-']);
  return stdout;
}

/** The same text with every run of white space made one space, so wrapped lines read as one. */
export function flowed(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The text with every space, line break and soft hyphen taken out, so that a passage is found however the page
 * wrapped it ("Iranian-" at a line's end, "sponsored" on the next). Apply to both the needle and the PDF's text.
 */
export function compact(text: string): string {
  return text.replace(/[\s\u00AD]+/g, '');
}

/** The text of each page, first to last. */
export async function pageTexts(file: string, pages: number): Promise<string[]> {
  return Promise.all(Array.from({ length: pages }, (_, index) => pdfText(file, index + 1)));
}

/** "612 x 792" for Letter, "595 x 842" for A4 (points, rounded), as pdfinfo reports the first page. */
export async function pdfPageSize(file: string): Promise<string> {
  const { stdout } = await run('pdfinfo', [file]);
  const match = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo reported no page size for ${file}:\n${stdout}`);
  return `${Math.round(Number(match[1]))} x ${Math.round(Number(match[2]))}`;
}

export async function pdfPageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo reported no page count for ${file}:\n${stdout}`);
  return Number(match[1]);
}

/** Renders one page as a PNG at a low resolution, small enough to keep in the repository; returns the image's path. */
export async function pagePng(file: string, page: number, outputStem: string, dpi = 50): Promise<string> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outputStem]);
  return `${outputStem}.png`;
}

/** Renders the first page as a PNG at 60 dpi, for a person to look at; returns the image's path. */
export async function firstPagePng(file: string, outputStem: string): Promise<string> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, outputStem]);
  return `${outputStem}.png`;
}
