import { z } from 'zod';
import { text, beYear } from './common.ts';
import { itaTools } from './oit-catalogue.ts';

const score = z.number().min(0).max(100);

/** A reference to an indicator, with the label the source used (kept to show where the source mislabels it). */
const indicatorMention = z.strictObject({
  /** Indicator number 1–10 */
  indicator: z.number().int().min(1).max(10),
  /** Name as written in the source, if it differs from the catalogue's */
  labelAsReported: text.optional(),
});

/** An agency's ITA result for one year: `content/scores/<year>.yaml`. Figures are published as reported. */
export const itaResultSchema = z.strictObject({
  /** ITA year (BE) */
  year: beYear,
  /** Where the figures come from, e.g. ระบบ ITAS */
  source: text,
  /** Total score as reported */
  reportedTotal: score,
  /** Level as reported, e.g. ต้องปรับปรุง */
  reportedLevel: text,
  /** Other statements in the source about the level or total, kept verbatim */
  sourceNotes: z.array(text).default([]),
  /** Scores of the three tools as reported */
  tools: z.strictObject({ IIT: score, EIT: score, OIT: score }),
  /** Scores of the ten indicators as reported */
  indicators: z.array(z.strictObject({ number: z.number().int().min(1).max(10), score })).min(1),
  /** Recommendations per tool */
  recommendations: z
    .array(
      z.strictObject({
        tool: z.enum(itaTools),
        /** Indicator the recommendation is about (optional) */
        indicator: z.number().int().min(1).max(10).optional(),
        /** The recommendation as worded */
        text,
      }),
    )
    .default([]),
  /** Strengths named in the analysis */
  strengths: z.array(indicatorMention).default([]),
  /** Weaknesses that must be fixed urgently */
  weaknesses: z.array(indicatorMention).default([]),
  /** Issues to improve per tool (section 4 of the analysis) */
  improvements: z
    .array(
      z.strictObject({
        tool: z.enum(itaTools),
        /** Indicator as named in the source */
        indicatorLabel: text,
        /** What was assessed (ประเด็นการประเมิน) */
        assessed: text,
        /** What to improve (ประเด็นที่ควรพัฒนา) */
        suggestion: text,
      }),
    )
    .default([]),
  /** Id of the document that reports these figures, e.g. `2567/ita-2566-analysis-report` */
  reportDocument: text.optional(),
});

export type ItaResultInput = z.input<typeof itaResultSchema>;
export type ItaResult = z.output<typeof itaResultSchema>;
