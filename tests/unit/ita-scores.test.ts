import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { computeTotal, tierFor, analyzeItaResult, roundScore } from '../../src/lib/ita/scores.ts';
import { oitCatalogueSchema, type TierRule } from '../../src/schemas/oit-catalogue.ts';
import { itaResultSchema } from '../../src/schemas/ita-result.ts';

const loadYaml = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), { schema: 'core' });
const catalogue2566 = oitCatalogueSchema.parse(loadYaml('content/oit/2566.yaml'));
const catalogue2567 = oitCatalogueSchema.parse(loadYaml('content/oit/2567.yaml'));
// A reported result with real inconsistencies (a fixture, not content/: an agency replaces its scores).
const seedResult = itaResultSchema.parse(loadYaml('tests/fixtures/scores/reported-2566.yaml'));

const tiers2567: TierRule[] = catalogue2567.tiers;
const weights = { IIT: 30, EIT: 30, OIT: 40 };

describe('computeTotal', () => {
  it.each([
    [{ IIT: 90.63, EIT: 85.34, OIT: 82.5 }, 85.79],
    [{ IIT: 100, EIT: 100, OIT: 100 }, 100],
    [{ IIT: 0, EIT: 0, OIT: 50 }, 20],
    [{ IIT: 95, EIT: 90, OIT: 80 }, 87.5],
  ])('weights the tools 30/30/40: %o → %d', (tools, expected) => {
    expect(computeTotal(tools, weights)).toBe(expected);
  });

  it('normalizes weights that do not add up to 100', () => {
    expect(computeTotal({ IIT: 80, EIT: 90, OIT: 100 }, { IIT: 1, EIT: 1, OIT: 2 })).toBe(92.5);
  });

  it('rounds to two decimals', () => {
    expect(roundScore(85.791)).toBe(85.79);
    expect(roundScore(85.795)).toBe(85.8);
  });
});

describe('tierFor with the 2567 rules', () => {
  it.each([
    [96, { IIT: 96, EIT: 95, OIT: 97 }, 'ผ่านดีเยี่ยม'],
    [96, { IIT: 96, EIT: 94.99, OIT: 97 }, 'ผ่านดี'],
    [90, { IIT: 86, EIT: 88, OIT: 95 }, 'ผ่านดี'],
    [90, { IIT: 84, EIT: 88, OIT: 95 }, 'ผ่าน'],
    [85, { IIT: 70, EIT: 70, OIT: 100 }, 'ผ่าน'],
    [84.99, { IIT: 90, EIT: 90, OIT: 90 }, 'ต้องปรับปรุง'],
    [70, { IIT: 70, EIT: 70, OIT: 70 }, 'ต้องปรับปรุง'],
    [79.84, { IIT: 90.63, EIT: 85.34, OIT: 82.5 }, 'ต้องปรับปรุง'],
    [69.99, { IIT: 70, EIT: 70, OIT: 70 }, 'ต้องปรับปรุงโดยด่วน'],
    [0, { IIT: 0, EIT: 0, OIT: 0 }, 'ต้องปรับปรุงโดยด่วน'],
  ])('total %d with tools %o → %s', (total, tools, label) => {
    expect(tierFor(total, tools, tiers2567)?.label).toBe(label);
  });
});

describe('tierFor with the 2566 grade bands', () => {
  it.each([
    [95, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [79.84, 'B'],
    [65, 'C'],
    [55.5, 'D'],
    [50, 'E'],
    [49.99, 'F'],
  ])('total %d → grade %s', (total, grade) => {
    expect(tierFor(total, { IIT: total, EIT: total, OIT: total }, catalogue2566.tiers)?.label).toBe(grade);
  });
});

describe('analyzeItaResult on reported ITA 2566 figures (tests/fixtures/scores/reported-2566.yaml)', () => {
  const analysis = analyzeItaResult(seedResult, catalogue2566);
  const keys = analysis.findings.map((finding) => `${finding.key}@${finding.field}`);

  it('computes the total from the weights instead of trusting the report', () => {
    expect(analysis.computedTotal).toBe(85.79);
  });

  it('flags the reported total, the level, the OIT tool and the mislabelled indicators — and nothing else', () => {
    expect(keys).toEqual([
      'scores.total-mismatch@reportedTotal',
      'scores.tier-mismatch@reportedLevel',
      'scores.tool-vs-indicators@tools.OIT',
      'scores.label-mismatch@strengths[0].labelAsReported',
      'scores.label-mismatch@strengths[1].labelAsReported',
      'scores.label-mismatch@strengths[2].labelAsReported',
      'scores.label-mismatch@strengths[4].labelAsReported',
      'scores.label-mismatch@weaknesses[0].labelAsReported',
    ]);
  });

  it('grades the reported total under its own year rules and does not pass it', () => {
    expect(analysis.tierOfReported?.label).toBe('B');
    expect(analysis.tierOfComputed?.label).toBe('A');
    expect(analysis.passes).toBe(false);
  });

  it('raises nothing for consistent figures', () => {
    const consistent = {
      ...seedResult,
      year: 2567,
      reportedTotal: 88.4,
      reportedLevel: 'ผ่านดี',
      tools: { IIT: 90, EIT: 86, OIT: 89 },
      indicators: [
        { number: 1, score: 90 },
        { number: 6, score: 86 },
        { number: 9, score: 90 },
        { number: 10, score: 88 },
      ],
      strengths: [{ indicator: 1, labelAsReported: 'การปฏิบัติ หน้าที่' }],
      weaknesses: [],
    };
    const result = analyzeItaResult(consistent, catalogue2567);
    expect(result.findings).toEqual([]);
    expect(result.passes).toBe(true);
  });
});
