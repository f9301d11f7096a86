import { z } from 'zod';
import { text, slug, beYear } from './common.ts';

export const itaTools = ['IIT', 'EIT', 'OIT'] as const;
export type ItaTool = (typeof itaTools)[number];

/** What period the evidence for an item must cover. */
export const periodRequirements = [
  /** Current information, not tied to a year (structure, contacts, laws) */
  'standing',
  /** Of the assessed fiscal year */
  'fiscal-year',
  /** A report covering at least the first six months (Oct–Mar) of the assessed fiscal year */
  'first-half',
  /** One summary for every elapsed month of the assessed fiscal year */
  'monthly',
  /** A report of the previous fiscal year (annual reports) */
  'previous-fiscal-year',
] as const;
export type PeriodRequirement = (typeof periodRequirements)[number];

/** Checks the software can do itself for a criterion; other criteria are shown for people to tick. */
export const automaticChecks = [
  'executive-name',
  'executive-position',
  'executive-photo',
  'executive-contact',
  'dated-in-year',
  'covers-first-half',
  'every-elapsed-month',
  'has-attachment',
  'online-corruption-channel',
  'has-address',
  'has-phone',
  'has-email',
  'has-map',
] as const;
export type AutomaticCheck = (typeof automaticChecks)[number];

const criterion = z.union([
  text.transform((criterionText) => ({
    text: criterionText,
    check: undefined as AutomaticCheck | undefined,
    element: undefined as string | undefined,
    type: undefined as string | undefined,
    separate: undefined as boolean | undefined,
  })),
  z.strictObject({
    /** The criterion as worded by the assessors */
    text,
    /** An automatic check that decides it */
    check: z.enum(automaticChecks).optional(),
    /** For a criterion with several parts: this part's id; a document supplies it by listing the id in its `elements` */
    element: slug.optional(),
    /** For an item that asks for several things: the document type (one of the item's) that answers this criterion; its check, if any, looks at that type only */
    type: slug.optional(),
    /** With `type`: must be answered by other evidence than the item's other typed criteria (a plan and its report are two documents) */
    separate: z.boolean().optional(),
  }),
]);

/** A tier or grade band; the first whose conditions hold wins, so list them best first. */
const tierRule = z.strictObject({
  /** Label as the NACC words it, e.g. ผ่านดีเยี่ยม or AA */
  label: text,
  /** Lowest total for this tier */
  minTotal: z.number().min(0).max(100),
  /** Lowest score each of IIT, EIT and OIT must reach too (optional) */
  minEachTool: z.number().min(0).max(100).optional(),
  /** Whether this tier counts as passing */
  passes: z.boolean(),
});

/** One OIT item of an ITA year. */
const catalogueItem = z.strictObject({
  /** The item's code in this year's list, e.g. O12 */
  code: z.string().regex(/^O\d{1,2}$/),
  /** Title as the NACC words it this year */
  title: text,
  /** Indicator number, 9 or 10 */
  indicator: z.number().int(),
  /** Sub-indicator code, e.g. "9.2" */
  subIndicator: z.string().regex(/^\d{1,2}\.\d$/),
  /** Topic heading within the sub-indicator, e.g. การจัดซื้อจัดจ้าง (optional) */
  topic: text.optional(),
  /** Document types whose content satisfies the item; content is keyed by these, never by O-number */
  documentTypes: z.array(slug),
  /** Which period the evidence must cover */
  period: z.enum(periodRequirements),
  /** The item's checklist */
  criteria: z.array(criterion).default([]),
  /** Where the item's wording or mapping is uncertain, say so */
  note: text.optional(),
  /** The items of other ITA years that ask for the same evidence, e.g. [{ year: 2566, code: O21 }] */
  sameAs: z.array(z.strictObject({ year: beYear, code: z.string().regex(/^O\d{1,2}$/) })).default([]),
});

/** One ITA year's catalogue: `content/oit/<year>.yaml`. */
export const oitCatalogueSchema = z.strictObject({
  /** ITA year (BE), e.g. 2567; it assesses the fiscal year of the same name */
  year: beYear,
  /** `full` when the list was checked against an official source; `partial` when assembled or incomplete */
  verified: z.enum(['full', 'partial']),
  /** Where the list comes from and what is uncertain */
  note: text.optional(),
  /** Weight of each tool in the total, in percent; they must add up to 100 */
  weights: z.strictObject({ IIT: z.number().min(0), EIT: z.number().min(0), OIT: z.number().min(0) }),
  /** Whether the weights were confirmed for this year */
  weightsVerified: z.boolean().default(false),
  /** Score needed to pass */
  passMark: z.number().min(0).max(100),
  /** Tiers or grade bands, best first */
  tiers: z.array(tierRule).min(1),
  /** The ten indicators of the year */
  indicators: z
    .array(
      z.strictObject({
        /** 1–10 */
        number: z.number().int().min(1),
        /** Indicator name, e.g. การปฏิบัติหน้าที่ */
        title: text,
        /** Which tool measures it */
        tool: z.enum(itaTools),
        /** Sub-indicators (OIT only) */
        subIndicators: z.array(z.strictObject({ code: z.string().regex(/^\d{1,2}\.\d$/), title: text })).default([]),
      }),
    )
    .min(1),
  /** OIT items; may be incomplete when `verified` is partial */
  items: z.array(catalogueItem),
});

export type OitCatalogueInput = z.input<typeof oitCatalogueSchema>;
export type OitCatalogue = z.output<typeof oitCatalogueSchema>;
export type CatalogueItem = OitCatalogue['items'][number];
export type TierRule = OitCatalogue['tiers'][number];
