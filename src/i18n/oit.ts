/** Words of the OIT self-check: item statuses and the sentences that explain them, Thai for citizens and English beside. */
import { fiscalHalfRange, fiscalYearRange, formatEnglishDate, formatThaiDate, formatThaiMonth } from '../lib/calendar/thai-date.ts';
import { roundLengthLabels, type ReportRound } from './labels.ts';
import type { ContactPart, GeneralChannel } from '../lib/oit/channels.ts';

/** Text in both languages; Thai is what citizens read, English is secondary. */
export interface Bilingual {
  th: string;
  en: string;
}

export const itemStatusLabels = {
  ok: { th: 'เผยแพร่แล้ว', en: 'Published' },
  incomplete: { th: 'ไม่ครบถ้วน', en: 'Incomplete' },
  'out-of-period': { th: 'ไม่อยู่ในรอบเวลา', en: 'Out of period' },
  missing: { th: 'ยังไม่เผยแพร่', en: 'Not yet published' },
} as const satisfies Record<string, Bilingual>;

/** A year's count per status as its OIT page prints it: 'เผยแพร่แล้ว 3 จาก 43 ข้อ · ไม่ครบถ้วน 1 · …'. */
export function statusCountsTh(counts: Record<'total' | 'ok' | 'incomplete' | 'outOfPeriod' | 'missing', number>): string {
  return `${itemStatusLabels.ok.th} ${counts.ok} จาก ${counts.total} ข้อ · ${itemStatusLabels.incomplete.th} ${counts.incomplete} · ${itemStatusLabels['out-of-period'].th} ${counts.outOfPeriod} · ${itemStatusLabels.missing.th} ${counts.missing}`;
}

function countEn(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The first half of fiscal year `year`, e.g. 'ตุลาคม 2566 – มีนาคม 2567'. */
function firstHalfLabel(year: number): Bilingual {
  const { start, end } = fiscalHalfRange(year, 1);
  return { th: `${formatThaiMonth(start)} – ${formatThaiMonth(end)}`, en: `${formatEnglishDate(start)} – ${formatEnglishDate(end)}` };
}

/** Criteria the software adds when a period rule implies one the catalogue does not word; Thai, as catalogues are. */
export const impliedCriteria = {
  coversFirstHalf: (year: number) => `รายงานครอบคลุมอย่างน้อย 6 เดือนแรกของปีงบประมาณ พ.ศ. ${year} (${firstHalfLabel(year).th})`,
  everyElapsedMonth: (year: number) => `มีสรุปทุกเดือนที่ผ่านมาแล้วของปีงบประมาณ พ.ศ. ${year}`,
};

/** What an executive may lack, for "executives without …". */
export const executiveFieldLabels = {
  name: { th: 'ชื่อ-นามสกุล', en: 'a full name' },
  position: { th: 'ตำแหน่ง', en: 'a position' },
  photo: { th: 'รูปถ่าย', en: 'a photo' },
  contact: { th: 'ช่องทางการติดต่อ (โทรศัพท์หรืออีเมล)', en: 'a contact (phone or e-mail)' },
} as const satisfies Record<string, Bilingual>;

/** The parts of the office's contact information (O5), with the site.yaml field that gives each. */
export const contactPartLabels = {
  address: { th: 'ที่อยู่สำนักงาน', en: 'the office address', field: 'address', short: 'ที่อยู่' },
  phone: { th: 'หมายเลขโทรศัพท์ของสำนักงาน', en: "the office's telephone number", field: 'phones', short: 'โทรศัพท์' },
  email: { th: 'อีเมล (ไปรษณีย์อิเล็กทรอนิกส์) ของสำนักงาน', en: "the office's e-mail address", field: 'email', short: 'อีเมล' },
  map: { th: 'แผนที่ตั้งสำนักงาน', en: 'a map of the office', field: 'map', short: 'แผนที่ตั้ง' },
} as const satisfies Record<ContactPart, Bilingual & { field: string; short: string }>;

/** The corruption complaint channels site.yaml can give, as the evidence's title names them. */
export const complaintChannelLabels = {
  form: 'แบบฟอร์มออนไลน์',
  hotline: 'สายด่วน',
  email: 'อีเมล',
  address: 'ที่อยู่สำหรับส่งเรื่อง',
} as const;

/** Site-profile evidence titled with the parts it has, so the ITAS explanation claims no more than is there: 'ข้อมูลการติดต่อ (ที่อยู่, แผนที่ตั้ง)'. */
export function titleWithParts(title: string, parts: readonly string[]): string {
  return parts.length > 0 ? `${title} (${parts.join(', ')})` : title;
}

/** A general channel as staff know it: the general complaint form, or a social channel by its name. */
function generalChannelLabel(channel: GeneralChannel): Bilingual {
  if (channel.kind === 'general-form') return { th: `แบบฟอร์มร้องเรียนทั่วไป (${channel.url})`, en: `the general complaint form (${channel.url})` };
  return {
    th: `ช่องทาง ${channel.name ?? channel.url} ของหน่วยงาน (${channel.url})`,
    en: `the agency's ${channel.name ?? channel.url} channel (${channel.url})`,
  };
}

/** Why an automatic check failed, said after the criterion's own wording. */
export const checkFailures = {
  noExecutives: (): Bilingual => ({ th: 'ข้อมูลหน่วยงานยังไม่มีรายชื่อผู้บริหาร', en: 'the site profile lists no executive.' }),
  executivesLacking: ({ what, names }: { what: Bilingual; names: string }): Bilingual => ({
    th: `ผู้บริหารที่ยังไม่มี${what.th}: ${names}`,
    en: `executives without ${what.en}: ${names}.`,
  }),
  noAttachment: ({ count }: { count: number }): Bilingual => ({
    th: `หลักฐาน ${count} รายการไม่มีไฟล์แนบเลย`,
    en: `none of the ${countEn(count, 'evidence item', 'evidence items')} has a file attached.`,
  }),
  noCorruptionChannel: (): Bilingual => ({
    th: 'ยังไม่มีแบบฟอร์มออนไลน์สำหรับแจ้งเรื่องทุจริตโดยเฉพาะ (complaints.corruptionFormUrl ในข้อมูลหน่วยงาน)',
    en: 'there is no online form for corruption complaints (complaints.corruptionFormUrl in the site profile).',
  }),
  notDatedInYear: ({ count, year, undated }: { count: number; year: number; undated: number }): Bilingual => {
    const undatedNote = undated > 0 ? { th: ` (${undated} รายการไม่ได้ระบุวันที่)`, en: ` (${undated} undated)` } : { th: '', en: '' };
    return {
      th: `หลักฐาน ${count} รายการไม่มีรายการใดลงวันที่ในปีงบประมาณ พ.ศ. ${year}${undatedNote.th}`,
      en: `none of the ${countEn(count, 'evidence item', 'evidence items')} is dated in fiscal year ${year}${undatedNote.en}.`,
    };
  },
  noRoundStated: ({ count, year }: { count: number; year: number }): Bilingual => {
    const half = firstHalfLabel(year);
    return {
      th: `หลักฐาน ${count} รายการไม่ได้ระบุรอบรายงาน (รอบ 6 เดือนหรือ 12 เดือน) จึงไม่รู้ว่าครอบคลุมครึ่งปีแรก ${half.th} หรือไม่`,
      en: `the ${countEn(count, 'evidence item does', 'evidence items do')} not state a report round (6-month or 12-month), so it is unknown whether the first half (${half.en}) is covered.`,
    };
  },
  firstHalfNotCovered: ({ count, year, found }: { count: number; year: number; found: string }): Bilingual => {
    const half = firstHalfLabel(year);
    return {
      th: `หลักฐาน ${count} รายการครอบคลุมเพียง ${found || 'ช่วงที่ไม่ระบุ'} ยังไม่ครบครึ่งปีแรก ${half.th} (ต้องเป็นรายงานรอบ 6 เดือนขึ้นไป หรือไตรมาสที่ 1 และ 2)`,
      en: `the ${countEn(count, 'evidence item covers', 'evidence items cover')} only ${found || 'an unstated period'}, not the whole first half (${half.en}): a 6-, 9- or 12-month report, or quarters 1 and 2, is needed.`,
    };
  },
  elementsMissing: ({ elements }: { elements: readonly string[] }): Bilingual => ({
    th: `ยังไม่มีเอกสารที่ระบุว่าเป็นส่วน ${elements.join(', ')} (ช่อง elements ในเอกสาร)`,
    en: `no document states that it supplies ${elements.join(', ')} (the elements field of a document).`,
  }),
  corruptionFormNotSeparate: ({ form, shared }: { form: string; shared: GeneralChannel }): Bilingual => {
    const channel = generalChannelLabel(shared);
    return {
      th: `แบบฟอร์มแจ้งเรื่องทุจริต (${form}) เป็นหน้าเดียวกับ${channel.th} จึงยังไม่ใช่ช่องทางที่แยกจากการร้องเรียนทั่วไป`,
      en: `the corruption complaint form (${form}) is the same page as ${channel.en}, so it is not a channel separate from general complaints.`,
    };
  },
  partMissing: (): Bilingual => ({
    th: 'ยังไม่มีเอกสารของส่วนนี้ในรอบเวลาที่กำหนด',
    en: 'nothing in period answers this part yet.',
  }),
  partNotSeparate: ({ title }: { title: string }): Bilingual => ({
    th: `ส่วนนี้มีเพียง “${title}” ซึ่งเป็นเอกสารฉบับเดียวกับที่ตอบอีกส่วนของข้อนี้ ต้องเป็นเอกสารแยกกัน`,
    en: `this part is answered only by “${title}”, the same document that answers another part of this item; it must be a separate document.`,
  }),
  contactPartMissing: ({ part }: { part: ContactPart }): Bilingual => {
    const label = contactPartLabels[part];
    return { th: `ยังไม่มี${label.th}`, en: `there is no ${label.en.replace(/^the |^a /, '')} yet.` };
  },
  monthsMissing: ({ missingMonths, required }: { missingMonths: readonly string[]; required: number }): Bilingual => {
    const present = required - missingMonths.length;
    return {
      th: `ยังไม่มีสรุปของเดือน ${missingMonths.map(formatThaiMonth).join(', ')} (มีแล้ว ${present} จาก ${required} เดือน)`,
      en: `no summary yet for ${missingMonths.map(formatEnglishDate).join(', ')} (${present} of ${required} months present).`,
    };
  },
};

/** A piece of evidence by name with the day it went online (CE ISO). */
export interface NamedPosting {
  name: string;
  postedOn: string;
}

/** At most this many are named in one sentence; the rest are counted. */
const namedAtMost = 3;

function postingsTh(named: readonly NamedPosting[]): string {
  const shown = named.slice(0, namedAtMost).map((posting) => `“${posting.name}” (นำขึ้นเมื่อ ${formatThaiDate(posting.postedOn)})`);
  const rest = named.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} และอีก ${rest} รายการ` : shown.join(', ');
}

function postingsEn(named: readonly NamedPosting[]): string {
  const shown = named.slice(0, namedAtMost).map((posting) => `“${posting.name}” (posted ${formatEnglishDate(posting.postedOn)})`);
  const rest = named.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** A measure's monitoring round as evidence: the round is what went online, not the measure. */
export function measureRoundName(title: string, round: ReportRound): string {
  return `${title} — ผลการดำเนินการรอบ ${roundLengthLabels[round]}`;
}

/** The sentences under "why this status": what was found, what failed, what is not due yet. */
export const statusReasons = {
  monthsLate: ({ lateMonths }: { lateMonths: readonly string[] }): Bilingual => ({
    th: `สรุปของเดือน ${lateMonths.map(formatThaiMonth).join(', ')} นำขึ้นเว็บไซต์ช้า (หลังสิ้นเดือนถัดไป) ผู้ประเมินจะเห็นวันที่นำขึ้น`,
    en: `the summaries of ${lateMonths.map(formatEnglishDate).join(', ')} went online late (after the end of the following month); assessors see the posting date.`,
  }),
  notYetOnline: ({ named, asOf }: { named: readonly NamedPosting[]; asOf: string }): Bilingual => ({
    th: `${postingsTh(named)} นำขึ้นเว็บไซต์หลังวันที่ ${formatThaiDate(asOf)} จึงยังไม่นับ ณ วันนั้น`,
    en: `${postingsEn(named)} ${named.length === 1 ? 'was' : 'were'} posted after ${formatEnglishDate(asOf)}, so not counted on that date.`,
  }),
  postedAfterYear: ({ named, year }: { named: readonly NamedPosting[]; year: number }): Bilingual => ({
    th: `${postingsTh(named)} นำขึ้นเว็บไซต์หลังสิ้นปีงบประมาณ พ.ศ. ${year} จึงไม่ทันการประเมินปีนั้น`,
    en: `${postingsEn(named)} ${named.length === 1 ? 'was' : 'were'} posted after fiscal year ${year} ended, too late for that year's assessment.`,
  }),
  answeredLater: ({ named, asOf, year }: { named: readonly NamedPosting[]; asOf: string; year: number }): Bilingual => ({
    th: `ณ วันที่ ${formatThaiDate(asOf)} หลักฐานที่ใช้ได้สำหรับปีงบประมาณ พ.ศ. ${year} ยังไม่อยู่บนเว็บไซต์: ${postingsTh(named)}`,
    en: `On ${formatEnglishDate(asOf)} the evidence that counts for fiscal year ${year} was not online yet: ${postingsEn(named)}.`,
  }),
  criterionNotMet: ({ criterion, detail }: { criterion: string; detail: Bilingual }): Bilingual => ({
    th: `ยังไม่ผ่านเกณฑ์ “${criterion}”: ${detail.th}`,
    en: `Criterion not met, “${criterion}”: ${detail.en}`,
  }),
  manualCriteria: ({ count }: { count: number }): Bilingual => ({
    th: `เกณฑ์อีก ${count} ข้อโปรแกรมตรวจเองไม่ได้ ให้เจ้าหน้าที่ตรวจจากรายการตรวจสอบ`,
    en: `${countEn(count, 'more criterion', 'more criteria')} cannot be checked by software; staff should tick them on the checklist.`,
  }),
  foundStanding: ({ count }: { count: number }): Bilingual => ({
    th: `พบหลักฐาน ${count} รายการ (ข้อมูลปัจจุบัน ใช้ได้ทุกปี)`,
    en: `Found ${countEn(count, 'evidence item', 'evidence items')} (standing information, any year counts).`,
  }),
  foundPreviousYear: ({ count, fiscalYear }: { count: number; fiscalYear: number }): Bilingual => ({
    th: `พบรายงานของปีงบประมาณ พ.ศ. ${fiscalYear} (ปีก่อนปีที่ประเมิน) ${count} รายการ`,
    en: `Found ${countEn(count, 'evidence item', 'evidence items')} for fiscal year ${fiscalYear}, the year before the one assessed.`,
  }),
  foundFirstHalf: ({ count, year, rounds }: { count: number; year: number; rounds: readonly ReportRound[] }): Bilingual => {
    const roundNote =
      rounds.length > 0
        ? { th: ` ระบุรอบ ${rounds.map((round) => roundLengthLabels[round]).join(' และ ')}`, en: ` stating the ${rounds.join(' and ')} round` }
        : { th: '', en: '' };
    return {
      th: `พบรายงานของปีงบประมาณ พ.ศ. ${year} ${count} รายการ${roundNote.th}`,
      en: `Found ${countEn(count, 'evidence item', 'evidence items')} for fiscal year ${year}${roundNote.en}.`,
    };
  },
  foundMonthly: ({ count, year, dueMonths }: { count: number; year: number; dueMonths: readonly string[] }): Bilingual => {
    const found = {
      th: `พบสรุปรายเดือนของปีงบประมาณ พ.ศ. ${year} ${count} รายการ`,
      en: `Found ${countEn(count, 'monthly summary', 'monthly summaries')} for fiscal year ${year}`,
    };
    const last = dueMonths.at(-1);
    if (last === undefined)
      return { th: `${found.th} ปีงบประมาณยังไม่เริ่ม จึงยังไม่มีเดือนที่ต้องมีสรุป`, en: `${found.en}; the fiscal year has not started, so no month is due yet.` };
    return {
      th: `${found.th} ต้องมีสรุปแล้ว ${dueMonths.length} เดือน ถึงเดือน${formatThaiMonth(last)}`,
      en: `${found.en}; ${dueMonths.length} months are due, up to ${formatEnglishDate(last)}.`,
    };
  },
  foundInYear: ({ count, year }: { count: number; year: number }): Bilingual => ({
    th: `พบหลักฐานของปีงบประมาณ พ.ศ. ${year} ${count} รายการ`,
    en: `Found ${countEn(count, 'evidence item', 'evidence items')} for fiscal year ${year}.`,
  }),
  nothingPublished: (): Bilingual => ({ th: 'ยังไม่มีข้อมูลหรือเอกสารสำหรับข้อนี้', en: 'Nothing has been published for this item yet.' }),
  nothingForYear: ({ fiscalYear }: { fiscalYear: number }): Bilingual => ({
    th: `ยังไม่มีหลักฐานของปีงบประมาณ พ.ศ. ${fiscalYear} และไม่พบหลักฐานของปีอื่น`,
    en: `No evidence for fiscal year ${fiscalYear}, nor for any other year.`,
  }),
  otherYearsOnly: ({ count, years, wanted }: { count: number; years: string; wanted: number }): Bilingual => ({
    th: `พบหลักฐาน ${count} รายการ แต่เป็นของปีงบประมาณ พ.ศ. ${years} ไม่ใช่ปีงบประมาณ พ.ศ. ${wanted} ที่ต้องการ`,
    en: `Found ${countEn(count, 'evidence item', 'evidence items')}, but for fiscal year ${years} (BE), not fiscal year ${wanted} as required.`,
  }),
  notInForce: ({ count, spans, year }: { count: number; spans: string; year: number }): Bilingual => ({
    th: `พบ ${count} รายการ แต่ใช้บังคับในปีงบประมาณ พ.ศ. ${spans} ซึ่งไม่ครอบคลุมปีงบประมาณ พ.ศ. ${year} ที่ประเมิน`,
    en: `Found ${countEn(count, 'item', 'items')}, but in force for fiscal year ${spans} (BE), which does not cover fiscal year ${year}, the year assessed.`,
  }),
  firstHalfNotDue: ({ year, asOf }: { year: number; asOf: string }): Bilingual => {
    const half = firstHalfLabel(year);
    return {
      th: `รายงานรอบ 6 เดือนยังไม่ถึงกำหนด: ครึ่งปีแรก (${half.th}) ยังไม่สิ้นสุด ณ วันที่ ${formatThaiDate(asOf)}`,
      en: `The 6-month report is not yet due: the first half (${half.en}) has not ended on ${formatEnglishDate(asOf)}.`,
    };
  },
  monthlyNotDue: ({ year }: { year: number }): Bilingual => ({
    th: `ยังไม่ถึงกำหนด: ปีงบประมาณ พ.ศ. ${year} เริ่ม ${formatThaiDate(fiscalYearRange(year).start)} จึงยังไม่มีเดือนที่ต้องมีสรุป`,
    en: `Not yet due: fiscal year ${year} starts on ${formatEnglishDate(fiscalYearRange(year).start)}, so no month is due yet.`,
  }),
  monthsDue: ({ dueMonths }: { dueMonths: readonly string[] }): Bilingual => {
    const first = dueMonths[0];
    const last = dueMonths.at(-1);
    if (first === undefined || last === undefined) return { th: 'ยังไม่มีเดือนที่ต้องมีสรุป', en: 'No month is due yet.' };
    return {
      th: `ต้องมีสรุปแล้ว ${dueMonths.length} เดือน (${formatThaiMonth(first)} – ${formatThaiMonth(last)})`,
      en: `${dueMonths.length} monthly summaries are due (${formatEnglishDate(first)} – ${formatEnglishDate(last)}).`,
    };
  },
};

/** The sheet an agency pastes into ITAS: its column headings, yes/no answers and explanations. */
export const itasSheetWords = {
  answers: { yes: 'มี', no: 'ไม่มี' },
  columns: {
    code: 'ข้อ',
    title: 'รายการ',
    answer: 'มี/ไม่มี',
    url: 'URL',
    explanation: 'คำอธิบายเพิ่มเติม',
    evidenceUrls: 'URL ของหลักฐานแต่ละรายการ',
    status: 'ผลการตรวจเอง (สำหรับเจ้าหน้าที่ ไม่ต้องกรอกใน ITAS)',
  },
  explanation: (described: readonly string[]) => `หน้านี้รวมหลักฐาน ${described.length} รายการ: ${described.join('; ')}`,
  span: (first: number, last: number) => `ปีงบประมาณ พ.ศ. ${first}–${last}`,
  dated: (date: string) => `ลงวันที่ ${date}`,
} as const;

/** What staff do to close a gap: the command to run or the field of site.yaml to fill, in both languages. */
export const fixWords = {
  newEntry: (command: string, what: string): Bilingual => ({
    th: `เพิ่ม${what}: ${command} แล้วกรอกข้อมูลและแนบไฟล์`,
    en: `add it: ${command}, then fill it in and attach the file`,
  }),
  newMonthly: (command: string, months: readonly string[]): Bilingual => ({
    th: `เพิ่มสรุปของเดือน ${months.map(formatThaiMonth).join(', ')}: ${command} (หนึ่งไฟล์ต่อเดือน ระบุ period.month)`,
    en: `add the summaries of ${months.map(formatEnglishDate).join(', ')}: ${command} (one file per month, with period.month)`,
  }),
  siteField: (field: string): Bilingual => ({ th: `กรอกช่อง ${field} ใน site.yaml`, en: `fill in ${field} in site.yaml` }),
  privacyPage: (file: string): Bilingual => ({ th: `เขียนนโยบายคุ้มครองข้อมูลส่วนบุคคลเป็นหน้า ${file}`, en: `write the privacy policy as the page ${file}` }),
  statePeriod: (): Bilingual => ({
    th: 'ระบุรอบรายงานในเอกสาร เช่น period: { round: 6-month } หรือเพิ่มรายงานไตรมาสที่ 2 (period: { quarter: 2 })',
    en: 'state the report round in the document, e.g. period: { round: 6-month }, or add the quarter-2 report (period: { quarter: 2 })',
  }),
  addDate: (): Bilingual => ({
    th: 'ใส่วันที่ในเอกสาร (published:) ให้อยู่ในปีงบประมาณที่ประเมิน',
    en: 'give the document its date (published:) within the assessed fiscal year',
  }),
  addElements: (elements: readonly string[], command: string): Bilingual => ({
    th: `ระบุ elements: [${elements.join(', ')}] ในเอกสารที่เป็นส่วนนั้น หรือเพิ่มเอกสาร: ${command}`,
    en: `list elements: [${elements.join(', ')}] in the document that supplies it, or add one: ${command}`,
  }),
  postedLater: ({ named, file, field }: { named: NamedPosting; file: string | undefined; field: string }): Bilingual => ({
    th: `ไม่ต้องทำเอกสารใหม่: “${named.name}” นำขึ้นเว็บไซต์แล้วเมื่อ ${formatThaiDate(named.postedOn)} ถ้านำขึ้นก่อนหน้านั้นจริง ให้แก้ช่อง ${field}${file ? ` ใน ${file}` : ''} เป็นวันที่นำขึ้นจริง`,
    en: `nothing new to write: “${named.name}” went online on ${formatEnglishDate(named.postedOn)}; if it was online earlier, correct ${field}${file ? ` in ${file}` : ''} to the day it went online`,
  }),
  addContactParts: (parts: readonly ContactPart[]): Bilingual => ({
    th: `เพิ่มในไฟล์ site.yaml: ${parts.map((part) => `${contactPartLabels[part].th} (ช่อง ${contactPartLabels[part].field})`).join(', ')} แล้วหน้า “ติดต่อหน่วยงาน” จะแสดงให้เอง`,
    en: `add to site.yaml: ${parts.map((part) => `${contactPartLabels[part].en} (${contactPartLabels[part].field})`).join(', ')}; the contact page then shows it`,
  }),
  separateCorruptionForm: ({ shared }: { shared: GeneralChannel }): Bilingual => {
    const channel = generalChannelLabel(shared);
    return {
      th: `ทำแบบฟอร์มออนไลน์สำหรับแจ้งเรื่องทุจริตและประพฤติมิชอบโดยเฉพาะ (แยกจาก${channel.th}) แล้วใส่ที่อยู่ของหน้านั้นในช่อง complaints.corruptionFormUrl ของ site.yaml`,
      en: `set up an online form for corruption and misconduct complaints only (separate from ${channel.en}) and put its address in complaints.corruptionFormUrl in site.yaml`,
    };
  },
  entryKinds: { document: 'เอกสาร', measure: 'มาตรการ', declaration: 'ประกาศเจตนารมณ์', news: 'ข่าว', qa: 'คำถาม-คำตอบ' },
};
