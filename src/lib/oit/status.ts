import type { AutomaticCheck, CatalogueItem, OitCatalogue, PeriodRequirement } from '../../schemas/oit-catalogue.ts';
import type { Site } from '../../schemas/site.ts';
import type { Evidence } from './evidence.ts';
import {
  elapsedFiscalMonths,
  fiscalHalfRange,
  fiscalYearRange,
  formatEnglishDate,
  formatThaiDate,
  formatThaiMonth,
  isInFiscalYear,
} from '../thai-date.ts';
import { roundLengthLabels } from '../../i18n/labels.ts';

export type ItemStatus = 'ok' | 'incomplete' | 'out-of-period' | 'missing';

/** Text in both languages; Thai is what citizens read, English is secondary. */
export interface Bilingual {
  th: string;
  en: string;
}

export interface MissingCriterion {
  text: string;
  check?: AutomaticCheck;
}

export interface ItemAssessment {
  item: CatalogueItem;
  status: ItemStatus;
  /** Evidence inside the required period, newest first */
  evidence: Evidence[];
  /** Evidence of the item's types but outside the required period, newest first */
  otherEvidence: Evidence[];
  /** Automatic criteria that failed; criteria without a check are left to people and never listed here */
  missingCriteria: MissingCriterion[];
  /** Monthly items: CE ISO months without a summary */
  missingMonths: string[];
  /** Why the status is what it is, Thai first */
  reasons: Bilingual[];
}

export interface AssessmentSummary {
  total: number;
  ok: number;
  incomplete: number;
  outOfPeriod: number;
  missing: number;
}

export const statusLabels: Record<ItemStatus, Bilingual> = {
  ok: { th: 'เผยแพร่แล้ว', en: 'Published' },
  incomplete: { th: 'ไม่ครบถ้วน', en: 'Incomplete' },
  'out-of-period': { th: 'ไม่อยู่ในรอบเวลา', en: 'Out of period' },
  missing: { th: 'ยังไม่เผยแพร่', en: 'Not yet published' },
};

/** Assesses every item of an ITA year's catalogue; the ITA year Y assesses fiscal year Y. */
export function assessCatalogue(catalogue: OitCatalogue, evidence: Evidence[], site: Site, asOf: string): ItemAssessment[] {
  return catalogue.items.map((item) => assessItem(item, { year: catalogue.year, evidence, site, asOf }));
}

export function summarizeAssessment(list: ItemAssessment[]): AssessmentSummary {
  const count = (status: ItemStatus) => list.filter((assessment) => assessment.status === status).length;
  return { total: list.length, ok: count('ok'), incomplete: count('incomplete'), outOfPeriod: count('out-of-period'), missing: count('missing') };
}

/** Newest first: standing information (no year) leads, then by fiscal year, then by date or month; undated last. */
export function compareNewestFirst(a: Evidence, b: Evidence): number {
  const yearOf = (evidence: Evidence) => evidence.fiscalYear ?? Number.POSITIVE_INFINITY;
  const yearOrder = yearOf(b) - yearOf(a);
  if (yearOrder !== 0 && !Number.isNaN(yearOrder)) return yearOrder;
  const whenA = a.date ?? a.month;
  const whenB = b.date ?? b.month;
  if (whenA !== whenB) {
    if (whenA === undefined) return 1;
    if (whenB === undefined) return -1;
    return whenB.localeCompare(whenA);
  }
  return a.title.localeCompare(b.title, 'th');
}

interface AssessmentContext {
  year: number;
  evidence: Evidence[];
  site: Site;
  asOf: string;
}

interface ItemContext extends AssessmentContext {
  item: CatalogueItem;
  inPeriod: Evidence[];
  requiredMonths: string[];
  missingMonths: string[];
}

/** What a failed check says, beyond the criterion's own wording. */
type CheckResult = { passed: true } | { passed: false; detail: Bilingual };

function assessItem(item: CatalogueItem, context: AssessmentContext): ItemAssessment {
  const { year, asOf } = context;
  const ofItem = context.evidence.filter((evidence) => item.documentTypes.includes(evidence.documentType));
  const inPeriod = ofItem.filter((evidence) => isInRequiredPeriod(evidence, item.period, year)).sort(compareNewestFirst);
  const otherEvidence = ofItem.filter((evidence) => !isInRequiredPeriod(evidence, item.period, year)).sort(compareNewestFirst);
  const tracksMonths = item.period === 'monthly' || item.criteria.some((criterion) => criterion.check === 'every-elapsed-month');
  // A month's summary is due once the month has ended.
  const requiredMonths = tracksMonths ? elapsedFiscalMonths(year, asOf).filter((month) => month < asOf.slice(0, 7)) : [];
  const coveredMonths = new Set(inPeriod.map((evidence) => evidence.month).filter((month) => month !== undefined));
  const missingMonths = requiredMonths.filter((month) => !coveredMonths.has(month));
  const base = { item, evidence: inPeriod, otherEvidence, missingMonths };

  if (inPeriod.length === 0) {
    const status: ItemStatus = otherEvidence.length > 0 ? 'out-of-period' : 'missing';
    const reasons = [status === 'missing' ? nothingFoundReason(item.period, year) : outOfPeriodReason(otherEvidence, item.period, year)];
    const notDue = notYetDueReason(item.period, year, asOf);
    if (notDue) reasons.push(notDue);
    else if (item.period === 'monthly') reasons.push(monthsRequiredReason(requiredMonths));
    return { ...base, status, missingCriteria: [], reasons };
  }

  const itemContext: ItemContext = { ...context, item, inPeriod, requiredMonths, missingMonths };
  const missingCriteria: MissingCriterion[] = [];
  const failureReasons: Bilingual[] = [];
  for (const check of checksToRun(item)) {
    const result = runCheck(check, itemContext);
    if (result.passed) continue;
    for (const criterion of criteriaFor(check, item, year)) {
      missingCriteria.push(criterion);
      failureReasons.push({
        th: `ยังไม่ผ่านเกณฑ์ “${criterion.text}”: ${result.detail.th}`,
        en: `Criterion not met, “${criterion.text}”: ${result.detail.en}`,
      });
    }
  }
  const status: ItemStatus = missingCriteria.length > 0 ? 'incomplete' : 'ok';
  const reasons = [foundReason(itemContext), ...failureReasons];
  const manualCount = item.criteria.filter((criterion) => criterion.check === undefined).length;
  if (manualCount > 0) {
    reasons.push({
      th: `เกณฑ์อีก ${manualCount} ข้อโปรแกรมตรวจเองไม่ได้ ให้เจ้าหน้าที่ตรวจจากรายการตรวจสอบ`,
      en: `${countEn(manualCount, 'more criterion', 'more criteria')} cannot be checked by software; staff should tick them on the checklist.`,
    });
  }
  return { ...base, status, missingCriteria, reasons };
}

/** The fiscal year an item's evidence must be of; standing items accept any year. */
function requiredYear(period: PeriodRequirement, year: number): number | undefined {
  if (period === 'standing') return undefined;
  return period === 'previous-fiscal-year' ? year - 1 : year;
}

function isInRequiredPeriod(evidence: Evidence, period: PeriodRequirement, year: number): boolean {
  const wanted = requiredYear(period, year);
  // Evidence without a fiscal year is standing information from the site profile: current whatever year is assessed.
  return wanted === undefined || evidence.fiscalYear === undefined || evidence.fiscalYear === wanted;
}

/** The item's own automatic checks plus the one its period rule implies, each once, in catalogue order. */
function checksToRun(item: CatalogueItem): AutomaticCheck[] {
  const checks = item.criteria.map((criterion) => criterion.check).filter((check) => check !== undefined);
  if (item.period === 'first-half') checks.push('covers-first-half');
  if (item.period === 'monthly') checks.push('every-elapsed-month');
  return [...new Set(checks)];
}

/** The catalogue's wording for a failed check; a period rule the catalogue does not word gets a standard sentence. */
function criteriaFor(check: AutomaticCheck, item: CatalogueItem, year: number): MissingCriterion[] {
  const worded = item.criteria.filter((criterion) => criterion.check === check).map((criterion) => ({ text: criterion.text, check }));
  if (worded.length > 0) return worded;
  if (check === 'covers-first-half') return [{ text: `รายงานครอบคลุมอย่างน้อย 6 เดือนแรกของปีงบประมาณ พ.ศ. ${year} (${firstHalfLabel(year).th})`, check }];
  return [{ text: `มีสรุปทุกเดือนที่ผ่านมาแล้วของปีงบประมาณ พ.ศ. ${year}`, check }];
}

function runCheck(check: AutomaticCheck, context: ItemContext): CheckResult {
  switch (check) {
    case 'executive-name':
      return executivesHave(context.site, (executive) => executive.name !== undefined, { th: 'ชื่อ-นามสกุล', en: 'a full name' });
    case 'executive-position':
      return executivesHave(context.site, (executive) => executive.position.trim() !== '', { th: 'ตำแหน่ง', en: 'a position' });
    case 'executive-photo':
      return executivesHave(context.site, (executive) => executive.photo !== undefined, { th: 'รูปถ่าย', en: 'a photo' });
    case 'executive-contact':
      return executivesHave(context.site, (executive) => executive.phones.length > 0 || executive.email !== undefined, {
        th: 'ช่องทางการติดต่อ (โทรศัพท์หรืออีเมล)',
        en: 'a contact (phone or e-mail)',
      });
    case 'dated-in-year':
      return checkDatedInYear(context);
    case 'covers-first-half':
      return checkCoversFirstHalf(context);
    case 'every-elapsed-month':
      return checkEveryElapsedMonth(context);
    case 'has-attachment':
      return context.inPeriod.some((evidence) => evidence.hasAttachment)
        ? { passed: true }
        : {
            passed: false,
            detail: {
              th: `หลักฐาน ${context.inPeriod.length} รายการไม่มีไฟล์แนบเลย`,
              en: `none of the ${countEn(context.inPeriod.length, 'evidence item', 'evidence items')} has a file attached.`,
            },
          };
    case 'online-corruption-channel':
      return context.site.complaints.corruptionFormUrl
        ? { passed: true }
        : {
            passed: false,
            detail: {
              th: 'ยังไม่มีแบบฟอร์มออนไลน์สำหรับแจ้งเรื่องทุจริตโดยเฉพาะ (complaints.corruptionFormUrl ในข้อมูลหน่วยงาน)',
              en: 'there is no online form for corruption complaints (complaints.corruptionFormUrl in the site profile).',
            },
          };
  }
}

type Executive = Site['executives'][number];

function executivesHave(site: Site, has: (executive: Executive) => boolean, what: Bilingual): CheckResult {
  // "Every executive has it" would hold vacuously for an empty list, which would hide that none is published.
  if (site.executives.length === 0) {
    return { passed: false, detail: { th: 'ข้อมูลหน่วยงานยังไม่มีรายชื่อผู้บริหาร', en: 'the site profile lists no executive.' } };
  }
  const lacking = site.executives.filter((executive) => !has(executive));
  if (lacking.length === 0) return { passed: true };
  const names = lacking.map((executive) => executive.name ?? executive.position).join(', ');
  return {
    passed: false,
    detail: { th: `ผู้บริหารที่ยังไม่มี${what.th}: ${names}`, en: `executives without ${what.en}: ${names}.` },
  };
}

function checkDatedInYear({ inPeriod, year }: ItemContext): CheckResult {
  if (inPeriod.some((evidence) => evidence.date !== undefined && isInFiscalYear(evidence.date, year))) return { passed: true };
  const undated = inPeriod.filter((evidence) => evidence.date === undefined).length;
  const undatedNote = undated > 0 ? { th: ` (${undated} รายการไม่ได้ระบุวันที่)`, en: ` (${undated} undated)` } : { th: '', en: '' };
  return {
    passed: false,
    detail: {
      th: `หลักฐาน ${inPeriod.length} รายการไม่มีรายการใดลงวันที่ในปีงบประมาณ พ.ศ. ${year}${undatedNote.th}`,
      en: `none of the ${countEn(inPeriod.length, 'evidence item', 'evidence items')} is dated in fiscal year ${year}${undatedNote.en}.`,
    },
  };
}

function checkCoversFirstHalf({ inPeriod, year }: ItemContext): CheckResult {
  // A 12-month report covers the first half too.
  if (inPeriod.some((evidence) => evidence.round !== undefined)) return { passed: true };
  const half = firstHalfLabel(year);
  return {
    passed: false,
    detail: {
      th: `หลักฐาน ${inPeriod.length} รายการไม่ได้ระบุรอบรายงาน (รอบ 6 เดือนหรือ 12 เดือน) จึงไม่รู้ว่าครอบคลุมครึ่งปีแรก ${half.th} หรือไม่`,
      en: `the ${countEn(inPeriod.length, 'evidence item does', 'evidence items do')} not state a report round (6-month or 12-month), so it is unknown whether the first half (${half.en}) is covered.`,
    },
  };
}

function checkEveryElapsedMonth({ requiredMonths, missingMonths }: ItemContext): CheckResult {
  if (missingMonths.length === 0) return { passed: true };
  const present = requiredMonths.length - missingMonths.length;
  return {
    passed: false,
    detail: {
      th: `ยังไม่มีสรุปของเดือน ${missingMonths.map(formatThaiMonth).join(', ')} (มีแล้ว ${present} จาก ${requiredMonths.length} เดือน)`,
      en: `no summary yet for ${missingMonths.map(formatEnglishDate).join(', ')} (${present} of ${requiredMonths.length} months present).`,
    },
  };
}

function foundReason({ item, inPeriod, year, requiredMonths }: ItemContext): Bilingual {
  const count = inPeriod.length;
  const items = countEn(count, 'evidence item', 'evidence items');
  switch (item.period) {
    case 'standing':
      return { th: `พบหลักฐาน ${count} รายการ (ข้อมูลปัจจุบัน ใช้ได้ทุกปี)`, en: `Found ${items} (standing information, any year counts).` };
    case 'previous-fiscal-year':
      return {
        th: `พบรายงานของปีงบประมาณ พ.ศ. ${year - 1} (ปีก่อนปีที่ประเมิน) ${count} รายการ`,
        en: `Found ${items} for fiscal year ${year - 1}, the year before the one assessed.`,
      };
    case 'first-half': {
      const rounds = [...new Set(inPeriod.map((evidence) => evidence.round).filter((round) => round !== undefined))];
      const roundNote = rounds.length > 0 ? { th: ` ระบุรอบ ${rounds.map((round) => roundLengthLabels[round]).join(' และ ')}`, en: ` stating the ${rounds.join(' and ')} round` } : { th: '', en: '' };
      return {
        th: `พบรายงานของปีงบประมาณ พ.ศ. ${year} ${count} รายการ${roundNote.th}`,
        en: `Found ${items} for fiscal year ${year}${roundNote.en}.`,
      };
    }
    case 'monthly': {
      const found = { th: `พบสรุปรายเดือนของปีงบประมาณ พ.ศ. ${year} ${count} รายการ`, en: `Found ${countEn(count, 'monthly summary', 'monthly summaries')} for fiscal year ${year}` };
      const last = requiredMonths.at(-1);
      if (last === undefined) return { th: `${found.th} ปีงบประมาณยังไม่เริ่ม จึงยังไม่มีเดือนที่ต้องมีสรุป`, en: `${found.en}; the fiscal year has not started, so no month is due yet.` };
      return {
        th: `${found.th} ต้องมีสรุปแล้ว ${requiredMonths.length} เดือน ถึงเดือน${formatThaiMonth(last)}`,
        en: `${found.en}; ${requiredMonths.length} months are due, up to ${formatEnglishDate(last)}.`,
      };
    }
    case 'fiscal-year':
      return { th: `พบหลักฐานของปีงบประมาณ พ.ศ. ${year} ${count} รายการ`, en: `Found ${items} for fiscal year ${year}.` };
  }
}

function nothingFoundReason(period: PeriodRequirement, year: number): Bilingual {
  const wanted = requiredYear(period, year);
  if (wanted === undefined) return { th: 'ยังไม่มีข้อมูลหรือเอกสารสำหรับข้อนี้', en: 'Nothing has been published for this item yet.' };
  return {
    th: `ยังไม่มีหลักฐานของปีงบประมาณ พ.ศ. ${wanted} และไม่พบหลักฐานของปีอื่น`,
    en: `No evidence for fiscal year ${wanted}, nor for any other year.`,
  };
}

function outOfPeriodReason(otherEvidence: Evidence[], period: PeriodRequirement, year: number): Bilingual {
  const wanted = requiredYear(period, year);
  const years = [...new Set(otherEvidence.map((evidence) => evidence.fiscalYear).filter((fiscalYear) => fiscalYear !== undefined))].sort((a, b) => b - a).join(', ');
  return {
    th: `พบหลักฐาน ${otherEvidence.length} รายการ แต่เป็นของปีงบประมาณ พ.ศ. ${years} ไม่ใช่ปีงบประมาณ พ.ศ. ${String(wanted)} ที่ต้องการ`,
    en: `Found ${countEn(otherEvidence.length, 'evidence item', 'evidence items')}, but for fiscal year ${years} (BE), not fiscal year ${String(wanted)} as required.`,
  };
}

/** Reports that cannot exist yet are not a failure of the agency; say so instead of leaving a bare "missing". */
function notYetDueReason(period: PeriodRequirement, year: number, asOf: string): Bilingual | undefined {
  if (period === 'first-half' && asOf.slice(0, 7) <= fiscalHalfRange(year, 1).end) {
    const half = firstHalfLabel(year);
    return {
      th: `รายงานรอบ 6 เดือนยังไม่ถึงกำหนด: ครึ่งปีแรก (${half.th}) ยังไม่สิ้นสุด ณ วันที่ ${formatThaiDate(asOf)}`,
      en: `The 6-month report is not yet due: the first half (${half.en}) has not ended on ${formatEnglishDate(asOf)}.`,
    };
  }
  if (period === 'monthly' && asOf < fiscalYearRange(year).start) {
    return {
      th: `ยังไม่ถึงกำหนด: ปีงบประมาณ พ.ศ. ${year} เริ่ม ${formatThaiDate(fiscalYearRange(year).start)} จึงยังไม่มีเดือนที่ต้องมีสรุป`,
      en: `Not yet due: fiscal year ${year} starts on ${formatEnglishDate(fiscalYearRange(year).start)}, so no month is due yet.`,
    };
  }
  return undefined;
}

function monthsRequiredReason(requiredMonths: string[]): Bilingual {
  const first = requiredMonths[0];
  const last = requiredMonths.at(-1);
  if (first === undefined || last === undefined) return { th: 'ยังไม่มีเดือนที่ต้องมีสรุป', en: 'No month is due yet.' };
  return {
    th: `ต้องมีสรุปแล้ว ${requiredMonths.length} เดือน (${formatThaiMonth(first)} – ${formatThaiMonth(last)})`,
    en: `${requiredMonths.length} monthly summaries are due (${formatEnglishDate(first)} – ${formatEnglishDate(last)}).`,
  };
}

function firstHalfLabel(year: number): Bilingual {
  const { start, end } = fiscalHalfRange(year, 1);
  return { th: `${formatThaiMonth(start)} – ${formatThaiMonth(end)}`, en: `${formatEnglishDate(start)} – ${formatEnglishDate(end)}` };
}

function countEn(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
