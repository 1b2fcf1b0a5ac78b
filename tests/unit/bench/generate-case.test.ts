import { describe, expect, it } from 'vitest';
import { anchorProblems, caseFileSchema } from '../../../shared';
import { generateCase } from '../../bench/generate-case';

const targetBytes = 600_000;
const generated = generateCase({ targetBytes, seed: 7 });
const serialised = JSON.stringify(generated.file);

describe('the benchmark case generator', () => {
  it('makes a case the schema accepts unchanged', () => {
    const parsed = caseFileSchema.safeParse(generated.file);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(generated.file);
  });

  it('anchors every quote in its source’s text', () => {
    const texts = new Map(generated.file.sources.map((source) => [source.id, source.snapshot.text]));
    expect(generated.file.quotes.length).toBeGreaterThan(20);
    for (const quote of generated.file.quotes) {
      expect(anchorProblems(texts.get(quote.sourceId)!, quote), quote.id).toEqual([]);
    }
  });

  it('lands within 10% of the target size and reports its exact size', () => {
    const bytes = Buffer.byteLength(serialised);
    expect(generated.bytes).toBe(bytes);
    expect(Math.abs(bytes - targetBytes) / targetBytes).toBeLessThanOrEqual(0.1);
  });

  it('fills every kind of object a case holds', () => {
    const { file } = generated;
    for (const list of [file.incidents, file.sources, file.quotes, file.entities, file.annotations, file.incidentLinks]) {
      expect(list.length).toBeGreaterThan(0);
    }
    expect(file.sources.some((source) => source.snapshot.text.length > 20_000)).toBe(true);
  });

  it('gives the same case for the same seed and another for another seed', () => {
    expect(JSON.stringify(generateCase({ targetBytes, seed: 7 }).file)).toBe(serialised);
    expect(JSON.stringify(generateCase({ targetBytes, seed: 8 }).file)).not.toBe(serialised);
  });

  it('reaches larger targets as closely', () => {
    const { bytes } = generateCase({ targetBytes: 3_000_000, seed: 11 });
    expect(Math.abs(bytes - 3_000_000) / 3_000_000).toBeLessThanOrEqual(0.1);
  });
});
