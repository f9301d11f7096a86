import { describe, it, expect } from 'vitest';
import { itaVerdict } from '../../src/lib/ita/verdict.ts';
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

describe('itaVerdict: one verdict as reported, then the score and the pass mark', () => {
  it('gives the reported level as the only verdict, with the score and the pass mark — no tier recomputed beside it', () => {
    // 79.84 is tier B under these rules: a second verdict ("ระดับ B") beside "ต้องปรับปรุง" is what citizens must not see.
    expect(itaVerdict(result(' ต้องปรับปรุง ', 79.84), catalogue)).toEqual({ year: 2566, level: 'ต้องปรับปรุง', total: 79.84, passMark: 85 });
  });

  it('keeps a reported tier even where the rules disagree (that is a build warning for staff)', () => {
    expect(itaVerdict(result('A', 80), catalogue)).toEqual({ year: 2566, level: 'A', total: 80, passMark: 85 });
  });

  it('without the year’s rules, gives the reported level and score only', () => {
    expect(itaVerdict(result('ผ่าน', 90), undefined)).toEqual({ year: 2566, level: 'ผ่าน', total: 90 });
  });
});
