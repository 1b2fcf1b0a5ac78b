import { describe, expect, it } from 'vitest';
import { defaultPrintOptions, printOptionsParameters, readPrintOptions, type PrintOptions } from '../../../shared/print';

const read = (query: string) => readPrintOptions(new URLSearchParams(query));

describe('print options in the address', () => {
  it('are the defaults when the address says nothing: every section, every incident, TLP:AMBER on A4', () => {
    expect(read('')).toEqual({ options: defaultPrintOptions, problems: [] });
    expect(defaultPrintOptions.marking).toBe('TLP:AMBER');
    expect(defaultPrintOptions.sections).toHaveLength(8);
  });

  it('round-trip through search parameters, including tags with commas and text in any script', () => {
    const options: PrintOptions = {
      sections: ['cover', 'chronology', 'sources'],
      selection: { tags: ['drug trafficking, proxies', 'اغتيال'], from: '2015?', to: '2018/2019', statuses: ['alleged', 'disputed'] },
      marking: 'TLP:AMBER+STRICT',
      paper: 'Letter',
      author: 'Мария Иванова & "Sam"',
      profileId: 'profile-public',
    };
    const query = new URLSearchParams(printOptionsParameters(options)).toString();
    expect(read(query)).toEqual({ options, problems: [] });
  });

  it('leave the defaults out of the address and keep parameters that are not theirs alone', () => {
    expect(printOptionsParameters(defaultPrintOptions)).toEqual([]);
    expect(read('action=print&marking=TLP:RED').options.marking).toBe('TLP:RED');
  });

  it('put sections back in printing order whatever order the address gives', () => {
    expect(read('sections=sources,cover').options.sections).toEqual(['cover', 'sources']);
  });

  it('fall back, each on its own, when a parameter is wrong, and say which and why', () => {
    const { options, problems } = read('marking=SECRET&paper=A3&from=last+year&sections=cover,nonsense&status=alleged&status=rumoured&to=2019');
    expect(options).toEqual({
      ...defaultPrintOptions,
      selection: { ...defaultPrintOptions.selection, to: '2019' },
    });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/"marking" \("SECRET"\)/);
    expect(problems.join('\n')).toMatch(/"paper" \("A3"\)/);
    expect(problems.join('\n')).toMatch(/"from" \("last year"\) must be an EDTF date/);
    expect(problems.join('\n')).toMatch(/"sections"/);
    expect(problems.join('\n')).toMatch(/"status"/);
    expect(problems.every((problem) => problem.endsWith('the default is used instead.'))).toBe(true);
  });

  it('refuse an empty section list rather than print nothing', () => {
    const { options, problems } = read('sections=');
    expect(options.sections).toEqual(defaultPrintOptions.sections);
    expect(problems[0]).toMatch(/at least one section/);
  });

  it('treat an empty profile as none and cap an over-long author', () => {
    expect(read('profile=').options.profileId).toBeUndefined();
    const { options, problems } = read(`author=${'x'.repeat(201)}`);
    expect(options.author).toBe('');
    expect(problems[0]).toMatch(/at most 200 characters/);
  });
});
