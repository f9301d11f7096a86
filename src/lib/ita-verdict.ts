import type { ItaResult } from '../schemas/ita-result.ts';
import type { OitCatalogue } from '../schemas/oit-catalogue.ts';
import { tierFor } from './ita-scores.ts';

/** What a citizen is told first about one year's ITA result: the reported level, the score and where it stands. */
export interface ItaVerdict {
  year: number;
  /** The level as officially reported (shown as the verdict, never replaced) */
  level: string;
  total: number;
  /** The year's pass mark, when the year's rules are known */
  passMark?: number;
  /** The tier the reported total and tools reach under the year's rules; only when it adds to the reported level
   *  rather than contradicting it (the reported level is free text such as "ต้องปรับปรุง", not itself a tier) */
  tier?: string;
  /** Tiers that pass under the year's rules, best first */
  passingTiers: string[];
}

export function itaVerdict(result: ItaResult, catalogue: OitCatalogue | undefined): ItaVerdict {
  const level = result.reportedLevel.trim();
  if (!catalogue) return { year: result.year, level, total: result.reportedTotal, passingTiers: [] };
  const tierLabels = catalogue.tiers.map((tier) => tier.label);
  // A reported tier that differs from the rules' is for the assessors' notes, not a second verdict beside the first.
  const tier = tierLabels.includes(level) ? undefined : tierFor(result.reportedTotal, result.tools, catalogue.tiers)?.label;
  return {
    year: result.year,
    level,
    total: result.reportedTotal,
    passMark: catalogue.passMark,
    tier,
    passingTiers: catalogue.tiers.filter((rule) => rule.passes).map((rule) => rule.label),
  };
}
