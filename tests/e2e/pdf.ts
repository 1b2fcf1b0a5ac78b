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

export async function pdfPageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo reported no page count for ${file}:\n${stdout}`);
  return Number(match[1]);
}

/** Renders the first page as a PNG at 60 dpi, for a person to look at; returns the image's path. */
export async function firstPagePng(file: string, outputStem: string): Promise<string> {
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, outputStem]);
  return `${outputStem}.png`;
}
