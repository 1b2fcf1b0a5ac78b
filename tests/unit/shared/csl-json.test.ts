import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../../shared';
import { toCslDate, toCslItem, toCslItems } from '../../../shared/print/csl-json';
import { SchemaChecker, type Schema } from '../../support/json-schema-subset';

// The CSL-JSON schema as published by the CSL project, copied unchanged into the tests (see its README).
const schemaFile = resolve(import.meta.dirname, '../../support/csl-schema/csl-data.json');
const checker = new SchemaChecker(JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema);

// The sample case's sources read on their own, so this test does not hang on the case file's schema version.
const sampleFile = resolve(import.meta.dirname, '../../../seeds/sample-case.json');
const sampleSources = (JSON.parse(readFileSync(sampleFile, 'utf8')) as { sources: unknown[] }).sources.map((entry) =>
  sourceSchema.parse(entry),
);

const stamp = '2024-06-01T08:00:00.000Z';

function source(fields: Record<string, unknown>): Source {
  return sourceSchema.parse({ id: 'source-test', title: 'Untitled', createdAt: stamp, updatedAt: stamp, ...fields });
}

const awkward: Source[] = [
  source({ id: 'only-title', title: 'A title and nothing else' }),
  source({ id: 'arabic', kind: 'statement', title: 'بيان وزارة الداخلية بشأن الهجوم', author: 'وزارة الداخلية', published: '2023-11?' }),
  source({ id: 'persian', kind: 'social-post', title: 'پست در شبکه اجتماعی', publisher: 'X', published: '2024-03-05', url: 'https://x.example/p/1' }),
  source({ id: 'chinese', kind: 'report', title: '关于跨国犯罪网络的报告', author: '王小明', publisher: '新华社', published: '2015/2017' }),
  source({ id: 'russian', kind: 'court-record', title: 'Решение суда', publisher: 'Московский городской суд', published: '2019-22' }),
  source({ id: 'markdown', kind: 'article', title: '**Bold** <script>alert(1)</script> [link](http://evil.example)', published: '201X' }),
  source({ id: 'captured', kind: 'interview', title: 'Interview', snapshot: { text: 'x', origin: 'pasted', capturedAt: '2024-05-30T23:30:00.000-05:00' } }),
  source({ id: 'open-range', kind: 'other', title: 'Open range', published: '2015/..', accessed: '~2020' }),
];

describe('sources as CSL-JSON', () => {
  it('gives items the CSL schema accepts for every source of the sample case and awkward ones', () => {
    const items = toCslItems([...sampleSources, ...awkward]);
    expect(items).toHaveLength(sampleSources.length + awkward.length);
    expect(checker.problems(items)).toEqual([]);
  });

  it('is caught by the check when an item carries a property CSL does not define', () => {
    const items = toCslItems(sampleSources).map((item) => ({ ...item, reliability: item.custom.reliability }));
    expect(checker.problems(items)).toContain('$[0]: "reliability" is not allowed');
    const badDate = [{ ...toCslItem(awkward[0]!), issued: { 'date-parts': [[2020]], precision: 'year' } }];
    expect(checker.problems(badDate)).toContain('$[0].issued: "precision" is not allowed');
  });

  it('keeps the facts a citation needs and Dossier’s own in custom', () => {
    const [item] = toCslItems([awkward[3]!]);
    expect(item).toEqual({
      id: 'chinese',
      type: 'report',
      title: '关于跨国犯罪网络的报告',
      author: [{ literal: '王小明' }],
      publisher: '新华社',
      issued: { 'date-parts': [[2015], [2017]] },
      custom: { dossierId: 'chinese', kind: 'report', reliability: 'F', published: '2015/2017' },
    });
  });

  it('maps each kind to a CSL type and puts the publisher where that type prints it', () => {
    const byId = new Map(toCslItems(awkward).map((item) => [item.id, item]));
    expect(byId.get('only-title')).toEqual({ id: 'only-title', type: 'document', title: 'A title and nothing else', custom: { dossierId: 'only-title', kind: 'document', reliability: 'F' } });
    expect(byId.get('arabic')).toMatchObject({ type: 'speech', genre: 'Statement', author: [{ literal: 'وزارة الداخلية' }] });
    expect(byId.get('persian')).toMatchObject({ type: 'post', 'container-title': 'X', URL: 'https://x.example/p/1' });
    expect(byId.get('russian')).toMatchObject({ type: 'legal_case', authority: 'Московский городской суд' });
    expect(byId.get('markdown')).toMatchObject({ type: 'article-newspaper', title: '**Bold** <script>alert(1)</script> [link](http://evil.example)' });
    expect(byId.get('russian')).not.toHaveProperty('publisher');
  });

  it('takes the access date from the capture when none is recorded, on the day the capture’s own clock said', () => {
    const item = toCslItem(awkward[6]!);
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 5, 30]] });
    expect(item.custom.accessed).toBe('2024-05-30');
  });
});

describe('EDTF dates as CSL dates', () => {
  it.each([
    ['2018', { 'date-parts': [[2018]] }],
    ['2023-11', { 'date-parts': [[2023, 11]] }],
    ['2024-03-05', { 'date-parts': [[2024, 3, 5]] }],
    ['2023-11?', { 'date-parts': [[2023, 11]], circa: true }],
    ['2020~', { 'date-parts': [[2020]], circa: true }],
    ['2019-22', { 'date-parts': [[2019]], season: 2 }],
    ['2015/2017', { 'date-parts': [[2015], [2017]] }],
    ['2015-03/2016~', { 'date-parts': [[2015, 3], [2016]], circa: true }],
    ['201X', { literal: '201X' }],
    ['2015/..', { literal: '2015/..' }],
    ['~2020', { literal: '~2020' }],
  ])('%s', (edtf, expected) => {
    expect(toCslDate(edtf)).toEqual(expected);
  });

  it('leaves an unknown date out', () => {
    expect(toCslDate('')).toBeUndefined();
    expect(toCslItem(awkward[0]!)).not.toHaveProperty('issued');
  });
});
