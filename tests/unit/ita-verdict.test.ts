import { describe, it, expect } from 'vitest';
import { itaVerdict } from '../../src/lib/ita-verdict.ts';
import type { ItaResult } from '../../src/schemas/ita-result.ts';
import type { OitCatalogue } from '../../src/schemas/oit-catalogue.ts';

const catalogue = {
  passMark: 85,
  tiers: [
    { label: 'AA', minTotal: 95, passes: true },
    { label: 'A', minTotal: 85, passes: true },
    { label: 'B', minTotal: 75, passes: false },
    { label: 'F', minTotal: 0, passes: false },
  ],
} as unknown as OitCatalogue;
const result = (reportedLevel: string, reportedTotal: number) =>
  ({ year: 2566, reportedLevel, reportedTotal, tools: { IIT: 90, EIT: 85, OIT: 82 } }) as unknown as ItaResult;

describe('itaVerdict: one verdict as reported, then the score and where it stands', () => {
  it('gives the reported level as the verdict, the pass mark, and the tier the reported total reaches', () => {
    expect(itaVerdict(result('ต้องปรับปรุง', 79.84), catalogue)).toEqual({ year: 2566, level: 'ต้องปรับปรุง', total: 79.84, passMark: 85, tier: 'B', passingTiers: ['AA', 'A'] });
  });

  it('shows no second tier beside a reported tier, even one the rules disagree with (that is for the assessors’ notes)', () => {
    expect(itaVerdict(result('A', 86), catalogue).tier).toBeUndefined();
    expect(itaVerdict(result('A', 80), catalogue)).toMatchObject({ level: 'A', tier: undefined });
  });

  it('without the year’s rules, gives the reported level and score only', () => {
    expect(itaVerdict(result('ผ่าน', 90), undefined)).toEqual({ year: 2566, level: 'ผ่าน', total: 90, passingTiers: [] });
  });
});
