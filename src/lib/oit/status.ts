import type { AutomaticCheck, CatalogueItem, OitCatalogue, PeriodRequirement } from '../../schemas/oit-catalogue.ts';
import type { Site } from '../../schemas/site.ts';
import type { Evidence } from './evidence.ts';
import { elapsedFiscalMonths, fiscalHalfRange, fiscalYearRange, isInFiscalYear, shiftIsoDate, lastDayOfMonth } from '../calendar/thai-date.ts';
import { checkFailures, executiveFieldLabels, fixWords, impliedCriteria, measureRoundName, statusReasons, type Bilingual } from '../../i18n/oit.ts';
import { quarterLabels, roundLabel } from '../../i18n/labels.ts';
import { contactPartsGiven, corruptionFormSharedWith, type ContactPart } from './channels.ts';

export type ItemStatus = 'ok' | 'incomplete' | 'out-of-period' | 'missing';

export interface MissingCriterion {
  text: string;
  check?: AutomaticCheck;
  /** The several-part criterion's part that no evidence supplies */
  element?: string;
  /** What to do when the usual fix for the check (fill in the field) does not apply */
  fix?: Bilingual;
  /** The document type that answers this criterion, for an item asking for several things */
  type?: string;
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
  /** Monthly items: CE ISO months whose summary went online after the end of the following month */
  lateMonths: string[];
  /** Parts of several-part criteria that no evidence supplies (catalogue element ids) */
  missingElements: string[];
  /** Evidence of the item's types posted after the as-of date (not online yet on that date) */
  notYetOnline: Evidence[];
  /** Of those, what would answer the item had it been online (posted within the year): the gap is only its timing */
  answersLater: Evidence[];
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
  missingElements: string[];
}

/** What a failed check says, beyond the criterion's own wording. */
type CheckResult = { passed: true } | { passed: false; detail: Bilingual; fix?: Bilingual };

function assessItem(item: CatalogueItem, context: AssessmentContext): ItemAssessment {
  const { year } = context;
  const yearEnd = fiscalYearRange(year).end;
  // An ITA year is assessed within its fiscal year: a later as-of date is judged as of the year's last day.
  const asOf = context.asOf > yearEnd ? yearEnd : context.asOf;
  const ofItem = context.evidence.filter((evidence) => item.documentTypes.includes(evidence.documentType));
  // Assessors see what is online: nothing posted after that day.
  const notYetOnline = ofItem.filter((evidence) => evidence.postedOn !== undefined && evidence.postedOn > asOf).sort(compareNewestFirst);
  const postedAfterYear = notYetOnline.filter((evidence) => evidence.postedOn! > yearEnd);
  const seen = ofItem.filter((evidence) => !notYetOnline.includes(evidence));
  const inPeriod = seen.filter((evidence) => isInRequiredPeriod(evidence, item.period, year)).sort(compareNewestFirst);
  const otherEvidence = seen.filter((evidence) => !inPeriod.includes(evidence)).sort(compareNewestFirst);
  const tracksMonths = item.period === 'monthly' || item.criteria.some((criterion) => criterion.check === 'every-elapsed-month');
  // A month's summary is due once the month has ended.
  const requiredMonths = tracksMonths ? elapsedFiscalMonths(year, asOf).filter((month) => month < asOf.slice(0, 7)) : [];
  const firstPosting = new Map<string, string | undefined>();
  for (const evidence of inPeriod) {
    if (evidence.month === undefined) continue;
    const known = firstPosting.get(evidence.month);
    if (!firstPosting.has(evidence.month) || (evidence.postedOn !== undefined && (known === undefined || evidence.postedOn < known)))
      firstPosting.set(evidence.month, evidence.postedOn);
  }
  const missingMonths = requiredMonths.filter((month) => !firstPosting.has(month));
  // Late: online after the end of the month that follows (the reference does not fix a deadline; this is ours, stated in the README).
  const lateMonths = [...firstPosting]
    .filter(([month, postedOn]) => postedOn !== undefined && postedOn > lastDayOfMonth(nextMonth(month)))
    .map(([month]) => month)
    .sort();
  const requiredElements = item.criteria.map((criterion) => criterion.element).filter((element) => element !== undefined);
  const suppliedElements = new Set(inPeriod.flatMap((evidence) => evidence.elements));
  const missingElements = requiredElements.filter((element) => !suppliedElements.has(element));
  const postedLater = notYetOnline.filter((evidence) => !postedAfterYear.includes(evidence));
  // What would answer the item had it been online by the as-of date: the gap is its timing, not a missing document.
  const answersLater = inPeriod.length === 0 ? postedLater.filter((evidence) => isInRequiredPeriod(evidence, item.period, year)) : [];
  const base = { item, evidence: inPeriod, otherEvidence, missingMonths, lateMonths, missingElements, notYetOnline, answersLater };
  const laterOther = postedLater.filter((evidence) => !answersLater.includes(evidence));
  const timingNotes = [
    ...(answersLater.length > 0 ? [statusReasons.answeredLater({ named: answersLater.map(namedPosting), asOf, year })] : []),
    ...(laterOther.length > 0 ? [statusReasons.notYetOnline({ named: laterOther.map(namedPosting), asOf })] : []),
    ...(postedAfterYear.length > 0 ? [statusReasons.postedAfterYear({ named: postedAfterYear.map(namedPosting), year })] : []),
  ];

  if (inPeriod.length === 0) {
    const status: ItemStatus = otherEvidence.length > 0 ? 'out-of-period' : 'missing';
    // When what counts was posted later, that is the first thing staff should read.
    const found = status === 'missing' ? nothingFoundReason(item.period, year) : outOfPeriodReason(otherEvidence, item.period, year);
    const reasons = answersLater.length > 0 ? [...timingNotes.slice(0, 1), found, ...timingNotes.slice(1)] : [found, ...timingNotes];
    const notDue = notYetDueReason(item.period, year, asOf);
    if (notDue) reasons.push(notDue);
    else if (item.period === 'monthly') reasons.push(statusReasons.monthsDue({ dueMonths: requiredMonths }));
    return { ...base, status, missingCriteria: [], reasons };
  }

  const itemContext: ItemContext = { ...context, asOf, item, inPeriod, requiredMonths, missingMonths, missingElements };
  const missingCriteria: MissingCriterion[] = [];
  const failureReasons: Bilingual[] = [];
  for (const check of checksToRun(item)) {
    const result = runCheck(check, itemContext);
    if (result.passed) continue;
    for (const criterion of criteriaFor(check, item, year)) {
      missingCriteria.push(result.fix ? { ...criterion, fix: result.fix } : criterion);
      failureReasons.push(statusReasons.criterionNotMet({ criterion: criterion.text, detail: result.detail }));
    }
  }
  for (const failure of assessTypedCriteria(itemContext)) {
    missingCriteria.push(failure.criterion);
    failureReasons.push(statusReasons.criterionNotMet({ criterion: failure.criterion.text, detail: failure.detail }));
  }
  for (const criterion of item.criteria.filter((criterion) => criterion.element !== undefined && missingElements.includes(criterion.element))) {
    missingCriteria.push({ text: criterion.text, element: criterion.element });
    failureReasons.push(
      statusReasons.criterionNotMet({ criterion: criterion.text, detail: checkFailures.elementsMissing({ elements: [criterion.element!] }) }),
    );
  }
  const status: ItemStatus = missingCriteria.length > 0 ? 'incomplete' : 'ok';
  const reasons = [foundReason(itemContext), ...failureReasons, ...(lateMonths.length > 0 ? [statusReasons.monthsLate({ lateMonths })] : []), ...timingNotes];
  const manualCount = item.criteria.filter(
    (criterion) => criterion.check === undefined && criterion.element === undefined && criterion.type === undefined,
  ).length;
  if (manualCount > 0) reasons.push(statusReasons.manualCriteria({ count: manualCount }));
  return { ...base, status, missingCriteria, reasons };
}

/** Which entry a piece of evidence is: one document with other types is one entry. */
const entryKey = (evidence: Evidence) => `${evidence.source}:${evidence.entryId ?? evidence.url}`;

/** At most this many ways of answering an item's parts are tried; catalogues have two or three parts. */
const assignmentLimit = 10_000;

/**
 * An item that asks for several things (structure and duties; a plan and its progress report) names the type answering
 * each criterion: each needs in-period evidence of its type, passing its own check, and a `separate` one must be another
 * entry than those answering the other parts (a document filed as both the plan and its report is not both).
 */
function assessTypedCriteria(context: ItemContext): { criterion: MissingCriterion; detail: Bilingual }[] {
  const typed = context.item.criteria.filter((criterion) => criterion.type !== undefined);
  if (typed.length === 0) return [];
  const failures: { criterion: MissingCriterion; detail: Bilingual }[] = [];
  const candidates = typed.map((criterion) => context.inPeriod.filter((evidence) => evidence.documentType === criterion.type));
  typed.forEach((criterion, index) => {
    const own = candidates[index]!;
    if (own.length === 0) {
      failures.push({ criterion: { text: criterion.text, type: criterion.type }, detail: checkFailures.partMissing() });
      return;
    }
    if (criterion.check === undefined) return;
    const result = runCheck(criterion.check, { ...context, inPeriod: own });
    if (!result.passed)
      failures.push({
        criterion: { text: criterion.text, check: criterion.check, type: criterion.type, ...(result.fix ? { fix: result.fix } : {}) },
        detail: result.detail,
      });
  });
  if (failures.length > 0 || !typed.some((criterion) => criterion.separate)) return failures;
  const keys = candidates.map((list) => [...new Set(list.map(entryKey))]);
  if (
    hasDistinctAssignment(
      typed.map((criterion) => criterion.separate === true),
      keys,
    )
  )
    return [];
  // Name the first separate part and the entry it shares with another part.
  const index = typed.findIndex((criterion) => criterion.separate);
  const criterion = typed[index]!;
  const shared = candidates[index]!.find((evidence) => keys.some((list, other) => other !== index && list.includes(entryKey(evidence))));
  return [
    {
      criterion: { text: criterion.text, type: criterion.type },
      detail: checkFailures.partNotSeparate({ title: shared ? evidenceName(shared) : criterion.text }),
    },
  ];
}

/** Whether each part can take one of its entries so that every `separate` part's entry answers no other part. */
function hasDistinctAssignment(separate: readonly boolean[], keys: readonly string[][]): boolean {
  let tried = 0;
  const chosen: string[] = [];
  const search = (index: number): boolean => {
    if (index === keys.length) return true;
    for (const key of keys[index]!) {
      if ((tried += 1) > assignmentLimit) return false;
      const clashes = chosen.some((other, otherIndex) => other === key && (separate[index] || separate[otherIndex]));
      if (clashes) continue;
      chosen.push(key);
      if (search(index + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0);
}

/** `YYYY-MM` of the month after the given one. */
function nextMonth(month: string): string {
  const [yearText, monthText] = month.split('-');
  const index = Number(yearText) * 12 + Number(monthText);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The fiscal year an item's evidence must be of; standing items accept any year. */
function requiredYear(period: PeriodRequirement, year: number): number | undefined {
  if (period === 'standing') return undefined;
  return period === 'previous-fiscal-year' ? year - 1 : year;
}

/** Whether evidence is of the period an item asks for: a year inside its span, or for a standing item a span still running. */
export function isInRequiredPeriod(evidence: Evidence, period: PeriodRequirement, year: number): boolean {
  // Evidence without a fiscal year is standing information (site profile, policy pages): current whatever year is assessed.
  if (evidence.fiscalYear === undefined) return true;
  const last = evidence.lastFiscalYear ?? evidence.fiscalYear;
  const wanted = requiredYear(period, year);
  // A standing item takes a document of any year, unless it is a plan whose span has ended (or not begun).
  if (wanted === undefined) return evidence.lastFiscalYear === undefined || (evidence.fiscalYear <= year && year <= last);
  return evidence.fiscalYear <= wanted && wanted <= last;
}

/** The item's own automatic checks plus the one its period rule implies, each once, in catalogue order; a typed criterion's check runs with its type. */
function checksToRun(item: CatalogueItem): AutomaticCheck[] {
  const checks = item.criteria
    .filter((criterion) => criterion.type === undefined)
    .map((criterion) => criterion.check)
    .filter((check) => check !== undefined);
  if (item.period === 'first-half') checks.push('covers-first-half');
  if (item.period === 'monthly') checks.push('every-elapsed-month');
  return [...new Set(checks)];
}

/** The catalogue's wording for a failed check; a period rule the catalogue does not word gets a standard sentence. */
function criteriaFor(check: AutomaticCheck, item: CatalogueItem, year: number): MissingCriterion[] {
  const worded = item.criteria
    .filter((criterion) => criterion.check === check && criterion.type === undefined)
    .map((criterion) => ({ text: criterion.text, check }));
  if (worded.length > 0) return worded;
  if (check === 'covers-first-half') return [{ text: impliedCriteria.coversFirstHalf(year), check }];
  return [{ text: impliedCriteria.everyElapsedMonth(year), check }];
}

function runCheck(check: AutomaticCheck, context: ItemContext): CheckResult {
  switch (check) {
    case 'executive-name':
      return executivesHave(context.site, (executive) => executive.name !== undefined, executiveFieldLabels.name);
    case 'executive-position':
      return executivesHave(context.site, (executive) => executive.position.trim() !== '', executiveFieldLabels.position);
    case 'executive-photo':
      return executivesHave(context.site, (executive) => executive.photo !== undefined, executiveFieldLabels.photo);
    case 'executive-contact':
      return executivesHave(context.site, (executive) => executive.phones.length > 0 || executive.email !== undefined, executiveFieldLabels.contact);
    case 'dated-in-year':
      return checkDatedInYear(context);
    case 'covers-first-half':
      return checkCoversFirstHalf(context);
    case 'every-elapsed-month':
      return checkEveryElapsedMonth(context);
    case 'has-attachment':
      return context.inPeriod.some((evidence) => evidence.hasAttachment)
        ? { passed: true }
        : { passed: false, detail: checkFailures.noAttachment({ count: context.inPeriod.length }) };
    case 'online-corruption-channel':
      return checkCorruptionChannel(context.site);
    case 'has-address':
      return hasContactPart(context.site, 'address');
    case 'has-phone':
      return hasContactPart(context.site, 'phone');
    case 'has-email':
      return hasContactPart(context.site, 'email');
    case 'has-map':
      return hasContactPart(context.site, 'map');
  }
}

/** The criterion asks for a corruption channel separate from general complaints: the general form's page is not one. */
function checkCorruptionChannel(site: Site): CheckResult {
  const form = site.complaints.corruptionFormUrl;
  if (form === undefined) return { passed: false, detail: checkFailures.noCorruptionChannel() };
  const shared = corruptionFormSharedWith(site);
  if (shared === undefined) return { passed: true };
  return { passed: false, detail: checkFailures.corruptionFormNotSeparate({ form, shared }), fix: fixWords.separateCorruptionForm({ shared }) };
}

function hasContactPart(site: Site, part: ContactPart): CheckResult {
  return contactPartsGiven(site).includes(part) ? { passed: true } : { passed: false, detail: checkFailures.contactPartMissing({ part }) };
}

type Executive = Site['executives'][number];

function executivesHave(site: Site, has: (executive: Executive) => boolean, what: Bilingual): CheckResult {
  // "Every executive has it" would hold vacuously for an empty list, which would hide that none is published.
  if (site.executives.length === 0) {
    return { passed: false, detail: checkFailures.noExecutives() };
  }
  const lacking = site.executives.filter((executive) => !has(executive));
  if (lacking.length === 0) return { passed: true };
  const names = lacking.map((executive) => executive.name ?? executive.position).join(', ');
  return { passed: false, detail: checkFailures.executivesLacking({ what, names }) };
}

/** Months before its year in which a plan for the year may be approved and still be that year's plan. */
const earlyPlanMonths = 6;

function checkDatedInYear({ inPeriod, year }: ItemContext): CheckResult {
  const yearEnd = fiscalYearRange(year).end;
  const datedForYear = (evidence: Evidence) => {
    const when = evidence.date ?? evidence.postedOn;
    if (when === undefined) return false;
    if (isInFiscalYear(when, year)) return true;
    // A document staff filed under the year (or a span including it) but dated before it began, up to six months early (a
    // plan approved before its year), is that year's; so is one whose lateness staff explained.
    if (evidence.source !== 'documents' || evidence.fiscalYear === undefined) return false;
    if (evidence.fiscalYearReason !== undefined) return true;
    return when >= shiftIsoDate(fiscalYearRange(evidence.fiscalYear).start, { months: -earlyPlanMonths }) && when <= yearEnd;
  };
  if (inPeriod.some(datedForYear)) return { passed: true };
  const undated = inPeriod.filter((evidence) => evidence.date === undefined && evidence.postedOn === undefined).length;
  return { passed: false, detail: checkFailures.notDatedInYear({ count: inPeriod.length, year, undated }) };
}

/** A 6-, 9- or 12-month report covers October–March; so do reports of quarters 1 and 2 together. */
function checkCoversFirstHalf({ inPeriod, year }: ItemContext): CheckResult {
  if (inPeriod.some((evidence) => evidence.round === '6-month' || evidence.round === '9-month' || evidence.round === '12-month')) return { passed: true };
  const quarters = new Set(inPeriod.flatMap((evidence) => (evidence.quarter ? [evidence.quarter] : evidence.round === '3-month' ? [1] : [])));
  if (quarters.has(1) && quarters.has(2)) return { passed: true };
  const found = [
    ...new Set(inPeriod.flatMap((evidence) => (evidence.quarter ? [quarterLabels[evidence.quarter]] : evidence.round ? [roundLabel(evidence.round)] : []))),
  ].join(', ');
  if (found === '') return { passed: false, detail: checkFailures.noRoundStated({ count: inPeriod.length, year }) };
  return { passed: false, detail: checkFailures.firstHalfNotCovered({ count: inPeriod.length, year, found }) };
}

function checkEveryElapsedMonth({ requiredMonths, missingMonths }: ItemContext): CheckResult {
  if (missingMonths.length === 0) return { passed: true };
  return { passed: false, detail: checkFailures.monthsMissing({ missingMonths, required: requiredMonths.length }) };
}

function foundReason({ item, inPeriod, year, requiredMonths }: ItemContext): Bilingual {
  const count = inPeriod.length;
  switch (item.period) {
    case 'standing':
      return statusReasons.foundStanding({ count });
    case 'previous-fiscal-year':
      return statusReasons.foundPreviousYear({ count, fiscalYear: year - 1 });
    case 'first-half': {
      const rounds = [...new Set(inPeriod.map((evidence) => evidence.round).filter((round) => round !== undefined))];
      return statusReasons.foundFirstHalf({ count, year, rounds });
    }
    case 'monthly':
      return statusReasons.foundMonthly({ count, year, dueMonths: requiredMonths });
    case 'fiscal-year':
      return statusReasons.foundInYear({ count, year });
  }
}

function nothingFoundReason(period: PeriodRequirement, year: number): Bilingual {
  const wanted = requiredYear(period, year);
  if (wanted === undefined) return statusReasons.nothingPublished();
  return statusReasons.nothingForYear({ fiscalYear: wanted });
}

function outOfPeriodReason(otherEvidence: Evidence[], period: PeriodRequirement, year: number): Bilingual {
  const wanted = requiredYear(period, year);
  // Newest first, a plan over several years by its span: "2561–2565".
  const spans = [
    ...new Set(otherEvidence.flatMap((evidence) => (evidence.fiscalYear === undefined ? [] : [spanOf(evidence.fiscalYear, evidence.lastFiscalYear)]))),
  ].join(', ');
  // A standing item takes any year but an ended (or not yet begun) plan: say that, not which year was "wanted".
  if (wanted === undefined) return statusReasons.notInForce({ count: otherEvidence.length, spans, year });
  return statusReasons.otherYearsOnly({ count: otherEvidence.length, years: spans, wanted });
}

function spanOf(first: number, last: number | undefined): string {
  return last === undefined || last === first ? String(first) : `${first}–${last}`;
}

/** What a reason names a piece of evidence by: its title, and the round or quarter when it is one part of an entry. */
export function evidenceName(evidence: Evidence): string {
  return evidence.source === 'measures' && evidence.round ? measureRoundName(evidence.title, evidence.round) : evidence.title;
}

function namedPosting(evidence: Evidence): { name: string; postedOn: string } {
  return { name: evidenceName(evidence), postedOn: evidence.postedOn! };
}

/** Reports that cannot exist yet are not a failure of the agency; say so instead of leaving a bare "missing". */
function notYetDueReason(period: PeriodRequirement, year: number, asOf: string): Bilingual | undefined {
  if (period === 'first-half' && asOf.slice(0, 7) <= fiscalHalfRange(year, 1).end) return statusReasons.firstHalfNotDue({ year, asOf });
  if (period === 'monthly' && asOf < fiscalYearRange(year).start) return statusReasons.monthlyNotDue({ year });
  return undefined;
}
