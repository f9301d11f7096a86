/**
 * Guesses about a document from its own text and the folder it was kept in: the title (the line after "เรื่อง", else
 * the first heading-like line), the date printed on it ("ประกาศ ณ วันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๗", "ลงวันที่ …"), the
 * ITA year and O-item of its folders ("ITA 2567/O12 รายงาน…"), or a Thai topic folder. Pure functions, tested alone.
 */
import { beYearToCe } from '../calendar/thai-date.ts';
import { normalizeThaiText } from '../text/thai-text.ts';
import { escapeRegExp } from '../text/regexp.ts';

const thaiMonths = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const thaiMonthsShort = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/** Thai digits as 0–9, one spelling of Thai, single spaces. */
export const plainText = (text: string) => normalizeThaiText(text).replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));

const monthPattern = [...thaiMonths, ...thaiMonthsShort].map((name) => escapeRegExp(name).replace(/\\\./g, '\\.\\s?')).join('|');
// "ประกาศ ณ วันที่ 15 มกราคม พ.ศ. 2567", "ลงวันที่ 15 ม.ค. 67", "วันที่ 15 เดือน มกราคม พ.ศ. 2567"
const datePattern = new RegExp(
  `(ประกาศ|สั่ง|ให้ไว้|ลง)?\\s*(?:ณ\\s*)?วันที่\\s*(\\d{1,2})\\s*(?:เดือน\\s*)?(${monthPattern})\\s*(?:พ\\.\\s?ศ\\.\\s?)?(\\d{4}|\\d{2})`,
  'g',
);

export interface DateGuess {
  /** CE ISO date */
  iso: string;
  /** The words as printed */
  text: string;
}

function monthNumber(name: string): number {
  const compact = name.replace(/\s/g, '');
  const full = thaiMonths.indexOf(compact);
  return full >= 0 ? full + 1 : thaiMonthsShort.indexOf(compact) + 1;
}

/** The date the document states it was issued: a "ประกาศ/สั่ง/ให้ไว้ ณ วันที่" or "ลงวันที่" date first, else the last dated line. */
export function guessDate(text: string): DateGuess | undefined {
  const found: (DateGuess & { signed: boolean })[] = [];
  for (const match of plainText(text).matchAll(datePattern)) {
    const day = Number(match[2]);
    const month = monthNumber(match[3]!);
    let year = Number(match[4]);
    if (year < 100) year += 2500;
    if (year < 2400 || year > 2700 || month < 1 || day < 1) continue;
    const ce = beYearToCe(year);
    const iso = `${ce}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (new Date(`${iso}T00:00:00Z`).getUTCDate() !== day) continue;
    found.push({ iso, text: match[0].trim(), signed: match[1] !== undefined });
  }
  const chosen = found.find((guess) => guess.signed) ?? found.at(-1);
  return chosen && { iso: chosen.iso, text: chosen.text };
}

/** Lines that head a Thai official letter but do not name it: the issuer's line, "ที่ …" reference numbers. */
const letterhead = /^(ประกาศ|คำสั่ง|บันทึกข้อความ|ที่\s|ส่วนราชการ|วันที่)/;

/** Words that open the body of a Thai official letter or announcement, after its subject line. */
const bodyStart = /^(ด้วย|ตามที่|เนื่องจาก|อ้างถึง|สิ่งที่ส่งมาด้วย|ทั้งนี้|จึง|ประกาศ ณ|สั่ง ณ|ให้ไว้ ณ|ผลการ|\d)/;

/** Two printed lines as one: Thai wraps between words without a space, other scripts with one. */
const joinLines = (first: string, second: string) =>
  /[\u0E01-\u0E4E]$/.test(first) && /^[\u0E01-\u0E4E]/.test(second) ? `${first}${second}` : `${first} ${second}`;

/** The title: what follows "เรื่อง" (continued on the next line when it ends mid-phrase), else the first line that reads like one. */
export function guessTitle(text: string): string | undefined {
  const lines = plainText(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const subject = lines.findIndex((line) => /^เรื่อง\s*\S/.test(line) || line === 'เรื่อง');
  if (subject >= 0) {
    const rest = lines[subject]!.replace(/^เรื่อง\s*/, '');
    let title = rest || lines[subject + 1] || '';
    const next = lines[subject + (rest ? 1 : 2)];
    // A long subject wrapped onto the next line (a PDF's text layer keeps the printed lines): joined, unless the body starts there.
    if (title.length >= 30 && next && !bodyStart.test(next) && !/^(เรื่อง|เรียน)/.test(next)) title = joinLines(title, next);
    if (title.length >= 4) return title.slice(0, 200);
  }
  const first = lines.find((line) => /[\u0E01-\u0E2E]{3}/.test(line) && line.length >= 6 && line.length <= 150 && !letterhead.test(line));
  return first ?? lines.find((line) => /[\u0E01-\u0E2E]{3}/.test(line) && line.length <= 150);
}

export interface FolderHints {
  /** ITA year (BE) named by a folder, e.g. "ITA 2567", "ปี 2567", "ปีงบประมาณ 2567" */
  itaYear?: number;
  /** O-item code named by a folder, e.g. "O12 รายงาน…" → O12 */
  itemCode?: string;
  /** The nearest folder's name without its O-code, for matching a Thai topic */
  topic?: string;
}

/** What the folders above a file say, nearest folder winning. `folders`: from the top of the walk down to the file's folder. */
export function folderHints(folders: readonly string[]): FolderHints {
  const hints: FolderHints = {};
  for (const raw of folders) {
    const folder = plainText(raw.normalize('NFC')).trim();
    const year = /(?:^|[^0-9])(25[5-9][0-9])(?![0-9])/.exec(folder);
    if (year) hints.itaYear = Number(year[1]);
    const code = /^(?:ข้อ\s*)?[oOอ]\s*\.?\s*0*([1-9][0-9]?)(?![0-9])\s*[-.:)]?\s*(.*)$/.exec(folder);
    if (code) {
      hints.itemCode = `O${code[1]}`;
      if (code[2]) hints.topic = code[2].trim();
    } else if (!year || folder.replace(year[0], '').replace(/ITA|ปีงบประมาณ|ปี|พ\.ศ\.|[\s._-]/gi, '').length > 2) hints.topic = folder;
  }
  return hints;
}

/** Characters compared when matching a topic: Thai and Latin letters only. */
const letters = (text: string) =>
  plainText(text)
    .toLowerCase()
    .replace(/[^\u0E01-\u0E4Ea-z0-9]/g, '');

/** The candidates whose name the topic contains or that contain the topic, closest in length first (how much of the longer the shorter covers). */
export function matchTopic<T>(topic: string, candidates: readonly T[], namesOf: (candidate: T) => string[]): T[] {
  return scoreTopic(topic, candidates, namesOf).map(({ candidate }) => candidate);
}

/** The best match and whether it is better than every other (a tie is not a decision). */
export function bestTopicMatch<T>(topic: string, candidates: readonly T[], namesOf: (candidate: T) => string[]): { best: T; unique: boolean } | undefined {
  const [first, second] = scoreTopic(topic, candidates, namesOf);
  return first && { best: first.candidate, unique: !second || second.score < first.score };
}

function scoreTopic<T>(topic: string, candidates: readonly T[], namesOf: (candidate: T) => string[]): { candidate: T; score: number }[] {
  const wanted = letters(topic);
  if (wanted.length < 3) return [];
  const scored = candidates.flatMap((candidate) => {
    const covering = namesOf(candidate)
      .map(letters)
      .filter((name) => name.length >= 3 && (name.includes(wanted) || wanted.includes(name)));
    const score = Math.max(0, ...covering.map((name) => Math.min(name.length, wanted.length) / Math.max(name.length, wanted.length)));
    return score > 0 ? [{ candidate, score }] : [];
  });
  return scored.sort((a, b) => b.score - a.score);
}
