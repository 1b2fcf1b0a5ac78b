import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorProblems, caseFileSchema, migrateCaseFile, type CaseFile } from '../../../shared';
import { buildSampleCase, sampleCaseJson, sampleCasePath } from '../../../seeds/build-sample-case';
import { removePageChrome, seedDocumentName } from '../../../seeds/definition/article';
import { sampleCase } from '../../../seeds/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedDocumentPath = path.resolve(repoRoot, '../shared/seed-documents', seedDocumentName);
const committed: unknown = JSON.parse(readFileSync(sampleCasePath, 'utf8'));

function snapshotOf(caseFile: CaseFile, sourceId: string): string {
  const source = caseFile.sources.find((candidate) => candidate.id === sourceId);
  if (!source) throw new Error(`No source "${sourceId}" in the sample.`);
  return source.snapshot.text;
}

describe('the committed sample case', () => {
  it('validates against the current case-file schema', () => {
    const parsed = caseFileSchema.safeParse(committed);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('opens through the migrations unchanged', () => {
    const migrated = migrateCaseFile(committed);
    expect(migrated).toEqual({ ok: true, value: committed });
  });

  it('is what the builder produces from the definition now', () => {
    expect(readFileSync(sampleCasePath, 'utf8')).toBe(sampleCaseJson(buildSampleCase()));
  });

  it('is what seeds/index exports for the core', () => {
    expect(sampleCase).toEqual(committed);
  });
});

describe('quotes in the sample case', () => {
  it('anchor in their own source’s snapshot', () => {
    const problems = sampleCase.quotes
      .map((quote) => ({ id: quote.id, problems: anchorProblems(snapshotOf(sampleCase, quote.sourceId), quote) }))
      .filter((result) => result.problems.length > 0);
    expect(problems).toEqual([]);
  });

  it('back every incident', () => {
    const unquoted = sampleCase.incidents
      .filter((incident) => !sampleCase.quotes.some((quote) => quote.incidentIds.includes(incident.id)))
      .map((incident) => incident.id);
    expect(unquoted).toEqual([]);
  });

  it('come from sources their incidents list', () => {
    const unlisted = sampleCase.quotes.flatMap((quote) =>
      quote.incidentIds
        .filter((id) => !sampleCase.incidents.find((incident) => incident.id === id)?.sourceIds.includes(quote.sourceId))
        .map((id) => `${quote.id} → ${id}`),
    );
    expect(unlisted).toEqual([]);
  });
});

describe('sources in the sample case', () => {
  const article = snapshotOf(sampleCase, 'source-article');
  const reported = sampleCase.sources.filter((source) => source.id !== 'source-article');

  it('keep the statements the article reports as sources of their own kinds', () => {
    expect(reported.map((source) => source.kind).sort()).toEqual(['interview', 'report', 'statement', 'statement']);
  });

  it('hold only verbatim passages of the article for reported statements, and say so', () => {
    for (const source of reported) {
      for (const passage of source.snapshot.text.split('\n\n')) expect(article).toContain(passage);
      expect(source.snapshot.origin).toMatch(/^As reported in “Terror, Traffickers, and Tehran/);
    }
  });

  it.skipIf(!existsSync(seedDocumentPath))(
    `hold the seed document’s text, without its page chrome, as the article (skipped when ${path.relative(repoRoot, seedDocumentPath)} is absent: it lives outside the repository)`,
    () => {
      expect(article).toBe(removePageChrome(readFileSync(seedDocumentPath, 'utf8')));
    },
  );
});

describe('incidents in the sample case', () => {
  it.each([
    ['2018', /opposition rally near Paris/],
    ['', /Assadi sentenced to 20 years/],
    ['2023', /prisoner exchange for four Europeans/],
    ['2022/..', /at least 20 Iranian-sponsored plots/i],
    ['', /Jewish homes and businesses in Paris, Berlin and Munich/],
    ['2015', /Dutch-Iranian national/],
    ['2017', /Dutch-Iranian national/],
    ['', /arrested in Haarlem/],
    ['2023-11', /Alejo Vidal-Quadras in Madrid/],
  ])('include the one dated "%s" titled %s', (date, title) => {
    const matches = sampleCase.incidents.filter((incident) => incident.date === date && title.test(incident.title));
    expect(matches).toHaveLength(1);
  });

  it('mark court outcomes confirmed and Iran’s denied attribution disputed', () => {
    const statusOf = (id: string) => sampleCase.incidents.find((incident) => incident.id === id)?.status;
    expect(statusOf('incident-assadi-sentencing')).toBe('confirmed');
    expect(statusOf('incident-iran-drug-networks-france')).toBe('disputed');
  });
});
