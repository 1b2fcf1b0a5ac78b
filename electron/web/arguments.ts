import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultDataDirectory } from '../core/paths';

export interface HostArguments {
  readonly dataDirectory: string;
  readonly port: number;
  readonly help: boolean;
}

export const usage = `Usage: npm run web -- [--data-dir DIR] [--port N]
  --data-dir DIR  the library folder (default: ${defaultDataDirectory()}, the desktop app's)
  --port N        the port on 127.0.0.1 (default: a free one)`;

/** Reads the browser host's command line; a bad value is an error naming the option. */
export function parseHostArguments(argv: readonly string[]): HostArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const dataDirectory = values['data-dir'];
  if (dataDirectory !== undefined && dataDirectory.trim() === '') throw new Error('--data-dir must name a folder.');
  return {
    dataDirectory: dataDirectory ? resolve(dataDirectory) : defaultDataDirectory(),
    port,
    help: values.help ?? false,
  };
}
