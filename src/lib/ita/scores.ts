import type { OitCatalogue, TierRule, ItaTool } from '../../schemas/oit-catalogue.ts';
import type { ItaResult } from '../../schemas/ita-result.ts';
import type { ProblemRef } from '../../i18n/problems.ts';

export type ToolScores = Record<ItaTool, number>;

/** Rounds to two decimals the way ITAS prints scores. */
export function roundScore(score: number): number {
  return Math.round(score * 100 + Number.EPSILON) / 100;
}

/** Total from the three tool scores and the year's weights (percent). */
export function computeTotal(tools: ToolScores, weights: ToolScores): number {
  const weightSum = weights.IIT + weights.EIT + weights.OIT;
  return roundScore((tools.IIT * weights.IIT + tools.EIT * weights.EIT + tools.OIT * weights.OIT) / weightSum);
}

/** First tier (best first) whose total and per-tool minimums hold. */
export function tierFor(total: number, tools: ToolScores, tiers: readonly TierRule[]): TierRule | undefined {
  return tiers.find(
    (tier) =>
      total >= tier.minTotal &&
      (tier.minEachTool === undefined || (tools.IIT >= tier.minEachTool && tools.EIT >= tier.minEachTool && tools.OIT >= tier.minEachTool)),
  );
}

/** A reported figure that disagrees with the year's rules, worded by its problem key. */
export type ScoreFinding = ProblemRef<'scores.total-mismatch' | 'scores.tier-mismatch' | 'scores.tool-vs-indicators' | 'scores.label-mismatch'> & {
  field: string;
};

/** Largest gap between a tool score and its indicators' plain mean that is not worth a note (indicator weights inside a tool are not published). */
export const toolMeanTolerance = 5;
/** Reported and computed totals may differ by rounding only. */
export const totalTolerance = 0.01;

export interface ScoreAnalysis {
  computedTotal: number;
  /** Tier of the reported total under the year's rules */
  tierOfReported: TierRule | undefined;
  /** Tier of the computed total under the year's rules */
  tierOfComputed: TierRule | undefined;
  passes: boolean;
  findings: ScoreFinding[];
}

/** Recomputes the total and tier from the year's rules and lists where the reported figures disagree; it never changes them. */
export function analyzeItaResult(result: ItaResult, catalogue: OitCatalogue): ScoreAnalysis {
  const findings: ScoreFinding[] = [];
  const computedTotal = computeTotal(result.tools, catalogue.weights);
  if (Math.abs(computedTotal - result.reportedTotal) > totalTolerance) {
    findings.push({
      key: 'scores.total-mismatch',
      field: 'reportedTotal',
      params: { reported: result.reportedTotal, computed: computedTotal, year: result.year },
    });
  }
  const tierOfReported = tierFor(result.reportedTotal, result.tools, catalogue.tiers);
  const tierOfComputed = tierFor(computedTotal, result.tools, catalogue.tiers);
  if (tierOfReported && tierOfReported.label !== result.reportedLevel.trim()) {
    findings.push({
      key: 'scores.tier-mismatch',
      field: 'reportedLevel',
      params: { reported: result.reportedLevel, computed: tierOfReported.label, total: result.reportedTotal, year: result.year },
    });
  }
  for (const tool of ['IIT', 'EIT', 'OIT'] as const) {
    const numbers = catalogue.indicators.filter((indicator) => indicator.tool === tool).map((indicator) => indicator.number);
    const scores = result.indicators.filter((entry) => numbers.includes(entry.number)).map((entry) => entry.score);
    if (scores.length === 0) continue;
    const mean = roundScore(scores.reduce((sum, score) => sum + score, 0) / scores.length);
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const reported = result.tools[tool];
    if (reported < min || reported > max || Math.abs(reported - mean) > toolMeanTolerance) {
      findings.push({ key: 'scores.tool-vs-indicators', field: `tools.${tool}`, params: { tool, reported, mean, min, max } });
    }
  }
  const mentionLists = [
    ['strengths', result.strengths],
    ['weaknesses', result.weaknesses],
  ] as const;
  for (const [listName, mentions] of mentionLists) {
    mentions.forEach((mention, index) => {
      const indicator = catalogue.indicators.find((entry) => entry.number === mention.indicator);
      if (indicator && mention.labelAsReported && normalizeThai(mention.labelAsReported) !== normalizeThai(indicator.title)) {
        findings.push({
          key: 'scores.label-mismatch',
          field: `${listName}[${index}].labelAsReported`,
          params: { indicator: mention.indicator, reported: mention.labelAsReported, catalogue: indicator.title },
        });
      }
    });
  }
  const passes = (tierOfReported?.passes ?? false) && result.reportedTotal >= catalogue.passMark;
  return { computedTotal, tierOfReported, tierOfComputed, passes, findings };
}

/** Ignores spacing differences from PDF extraction and the optional "ทาง" in ทรัพย์สินของทางราชการ. */
function normalizeThai(text: string): string {
  return text.replace(/\s+/g, '').replace('ของทางราชการ', 'ของราชการ');
}
