import { describe, expect, it } from 'vitest';
import { parseHostArguments } from '../../../electron/web/arguments';
import { defaultDataDirectory } from '../../../electron/core/paths';

describe('the browser host command line', () => {
  it('defaults to a free port and the desktop app data folder', () => {
    expect(parseHostArguments([])).toEqual({ dataDirectory: defaultDataDirectory(), port: 0, help: false });
  });

  it('takes --data-dir and --port', () => {
    expect(parseHostArguments(['--data-dir', '/tmp/cases', '--port', '5180'])).toMatchObject({ dataDirectory: '/tmp/cases', port: 5180 });
  });

  it.each([['--port', 'eighty'], ['--port', '70000'], ['--data-dir', ' '], ['--colour', 'red']])('refuses %s %s', (option, value) => {
    expect(() => parseHostArguments([option, value])).toThrow(/--|Unknown option/);
  });
});
