import { thaiMonthNames } from './calendar/words.ts';
import {
  activeOfficeContentNames,
  activePdfContentNames,
  contentKindName,
  type ActiveOfficeContent,
  type ActivePdfContent,
  type ContentKind,
  type NotCheckedReason,
} from './file-contents.ts';
import { procurementProblemMessages } from './procurement-problems.ts';

/** Thai and English wording of every content problem; tests snapshot these because staff read them. */
export interface ProblemText {
  th: string;
  en: string;
  fixTh?: string;
  fixEn?: string;
  /** The fix as said in the web editor, where the field is already in the form (no lines to add) */
  fixFormTh?: string;
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));
const list = (values: readonly unknown[]) => values.map(String).join(', ');

/** An attachment, or a file inside an attachment that is a ZIP archive. */
interface AttachmentPlace {
  path: string;
  /** Path of the file inside the ZIP at `path` */
  inArchive?: string;
}
const whereTh = (p: AttachmentPlace) => (p.inArchive ? `ไฟล์ ${show(p.inArchive)} ใน ZIP ${show(p.path)}` : `ไฟล์แนบ ${show(p.path)}`);
const whereEn = (p: AttachmentPlace) => (p.inArchive ? `${show(p.inArchive)} inside the ZIP ${show(p.path)}` : `attachment ${show(p.path)}`);
const allowedTypesTh = 'PDF, รูปภาพ PNG/JPEG/WebP/GIF, Word, Excel, PowerPoint, OpenDocument, CSV, TXT หรือ ZIP';
const allowedTypesEn = 'PDF, PNG/JPEG/WebP/GIF images, Word, Excel, PowerPoint, OpenDocument, CSV, TXT or ZIP';

/** Each message declares the parameters it needs, so a call without one of them does not compile. */
export const problemMessages = {
  'date.format': (p: { value: string }): ProblemText => ({
    th: `วันที่ ${show(p.value)} ไม่อยู่ในรูปแบบ ปปปป-ดด-วว`,
    en: `date ${show(p.value)} is not in the form YYYY-MM-DD`,
    fixTh: 'เขียนวันที่เป็น ปี พ.ศ.-เดือน-วัน เช่น 2567-01-15',
    fixEn: 'write the date as year-month-day, e.g. 2567-01-15 (BE) or 2024-01-15 (CE)',
  }),
  'date.year-range': (p: { value: string }): ProblemText => ({
    th: `ปีในวันที่ ${show(p.value)} ไม่ใช่ปี พ.ศ. (2400–2700) หรือ ค.ศ. (1900–2157)`,
    en: `the year in ${show(p.value)} is neither a Buddhist-era (2400–2700) nor a Christian-era (1900–2157) year`,
    fixTh: 'ใช้ปี พ.ศ. สี่หลัก เช่น 2567',
    fixEn: 'use a four-digit Buddhist-era year, e.g. 2567',
  }),
  'date.meant': (p: { value: string; meant: string }): ProblemText => ({
    th: `วันที่ ${show(p.value)} ไม่อยู่ในรูปแบบ ปปปป-ดด-วว — หมายถึง ${p.meant} หรือไม่?`,
    en: `date ${show(p.value)} is not in the form YYYY-MM-DD — did you mean ${p.meant}?`,
    fixTh: `แก้เป็น ${p.meant} (ปี พ.ศ.-เดือน-วัน ตัวเลขอารบิก)`,
    fixEn: `write ${p.meant} (Buddhist-era year-month-day)`,
  }),
  'month.meant': (p: { value: string; meant: string }): ProblemText => ({
    th: `เดือน ${show(p.value)} ไม่อยู่ในรูปแบบ ปปปป-ดด — หมายถึง ${p.meant} หรือไม่?`,
    en: `month ${show(p.value)} is not in the form YYYY-MM — did you mean ${p.meant}?`,
    fixTh: `แก้เป็น ${p.meant} (ปี พ.ศ.-เดือน ตัวเลขอารบิก)`,
    fixEn: `write ${p.meant} (Buddhist-era year-month)`,
  }),
  'date.invalid-day': (p: { value: string; month?: { beYear: number; month: number; days: number } }): ProblemText => {
    if (!p.month) {
      return {
        th: `วันที่ ${show(p.value)} ไม่มีอยู่จริงในปฏิทิน`,
        en: `${show(p.value)} is not a real calendar day`,
        fixTh: 'ตรวจวันและเดือนอีกครั้ง (เช่น 29 กุมภาพันธ์ มีเฉพาะปีอธิกสุรทิน)',
        fixEn: 'check the day and month (29 February exists only in leap years)',
      };
    }
    const { beYear, month, days } = p.month;
    const lastDay = `${beYear}-${String(month).padStart(2, '0')}-${days}`;
    return {
      th: `วันที่ ${show(p.value)} ไม่มีอยู่จริงในปฏิทิน`,
      en: `${show(p.value)} is not a real calendar day`,
      fixTh: `เดือน${thaiMonthNames[month - 1]} ${beYear} มี ${days} วัน (วันสุดท้ายคือ ${lastDay}) ตรวจวันที่กับเอกสารอีกครั้ง`,
      fixEn: `that month has ${days} days; check the date on the document (its last day is ${lastDay})`,
    };
  },
  'date.invalid-month': (p: { value: string }): ProblemText => ({
    th: `เดือนใน ${show(p.value)} ต้องอยู่ระหว่าง 01 ถึง 12`,
    en: `the month in ${show(p.value)} must be 01 to 12`,
    fixTh: 'แก้เดือนให้อยู่ระหว่าง 01 ถึง 12',
    fixEn: 'use a month from 01 to 12',
  }),
  'month.format': (p: { value: string }): ProblemText => ({
    th: `เดือน ${show(p.value)} ไม่อยู่ในรูปแบบ ปปปป-ดด`,
    en: `month ${show(p.value)} is not in the form YYYY-MM`,
    fixTh: 'เขียนเป็น ปี พ.ศ.-เดือน เช่น 2567-01',
    fixEn: 'write year-month, e.g. 2567-01',
  }),
  'month.year-range': (p: { value: string }): ProblemText => problemMessages['date.year-range'](p),
  'month.invalid-month': (p: { value: string }): ProblemText => problemMessages['date.invalid-month'](p),
  'year.ce': (p: { value: number; suggestion: number }): ProblemText => ({
    th: `ปี ${show(p.value)} เป็นปี ค.ศ. แต่ช่องนี้ใช้ปี พ.ศ. — หมายถึง ${show(p.suggestion)} หรือไม่?`,
    en: `${show(p.value)} is a Christian-era year; this field takes a Buddhist-era year`,
    fixTh: `แก้เป็นปี พ.ศ. ${show(p.suggestion)}`,
    fixEn: `use the Buddhist-era year, e.g. ${show(p.suggestion)}`,
  }),
  'year.typo': (p: { value: number; suggestion: number }): ProblemText => ({
    th: `ปี ${show(p.value)} ไม่ใช่ปี พ.ศ. — หมายถึง ${show(p.suggestion)} หรือไม่?`,
    en: `${show(p.value)} is not a Buddhist-era year — did you mean ${show(p.suggestion)}?`,
    fixTh: `แก้เป็น ${show(p.suggestion)}`,
    fixEn: `write ${show(p.suggestion)}`,
  }),
  'year.range': (p: { value: number }): ProblemText => ({
    th: `ปี ${show(p.value)} ไม่ใช่ปี พ.ศ. ที่เป็นไปได้`,
    en: `${show(p.value)} is not a plausible Buddhist-era year`,
    fixTh: 'ใช้ปี พ.ศ. สี่หลัก เช่น 2567',
    fixEn: 'use a four-digit Buddhist-era year, e.g. 2567',
  }),
  'range.order': (): ProblemText => ({
    th: 'เดือนเริ่มต้นอยู่หลังเดือนสิ้นสุด',
    en: 'the start month is after the end month',
    fixTh: 'สลับ start กับ end หรือแก้ปีให้ถูก',
    fixEn: 'swap start and end, or correct the year',
  }),
  'range.format': (p: { value: string }): ProblemText => ({
    th: `อ่านช่วงเวลา ${show(p.value)} ไม่ได้`,
    en: `cannot read the period ${show(p.value)}`,
    fixTh: 'เขียนแบบ "ต.ค.66-ธ.ค.67" หรือ start: 2566-10 และ end: 2567-12',
    fixEn: 'write it like "ต.ค.66-ธ.ค.67", or as start: 2566-10 and end: 2567-12',
  }),
  'document.posted-before-published': (): ProblemText => ({
    th: 'วันที่นำขึ้นเว็บไซต์ (posted) อยู่ก่อนวันที่ในเอกสาร (published)',
    en: 'posted is earlier than published (the date on the document)',
    fixTh: 'ตรวจวันที่ทั้งสองช่อง: published คือวันที่ในเอกสาร posted คือวันที่นำขึ้นเว็บไซต์',
    fixEn: 'check both dates: published is the date on the document, posted the day it went online',
  }),
  'document.span-order': (p: { first: number; last: number }): ProblemText => ({
    th: `ปีงบประมาณสุดท้าย ${p.last} อยู่ก่อนปีแรก ${p.first}`,
    en: `the last fiscal year ${p.last} is before the first, ${p.first}`,
    fixTh: 'fiscalYear คือปีแรกของแผน lastFiscalYear คือปีสุดท้าย',
    fixEn: 'fiscalYear is the plan’s first year, lastFiscalYear its last',
  }),
  'document.unknown-element': (p: { value: string; known: readonly string[] }): ProblemText => ({
    th: `ไม่รู้จักองค์ประกอบ ${show(p.value)} ของเกณฑ์ข้อนี้${p.known.length > 0 ? ` (ที่มี: ${list(p.known)})` : ''}`,
    en: `unknown criterion element ${show(p.value)}${p.known.length > 0 ? ` (known: ${list(p.known)})` : ''}`,
    fixTh: 'ใช้ชื่อองค์ประกอบตามที่เขียนไว้ใน content/oit/<ปี>.yaml ของข้อที่เอกสารนี้ตอบ',
    fixEn: 'use an element id from the catalogue item this document answers (content/oit/<year>.yaml)',
  }),
  'site.map-coordinates': (): ProblemText => ({
    th: 'ต้องใส่ทั้ง latitude และ longitude',
    en: 'give both latitude and longitude',
    fixTh: 'คัดลอกพิกัดจากแผนที่ เช่น latitude: 15.0123 และ longitude: 102.6234',
    fixEn: 'copy both coordinates from a map, e.g. latitude: 15.0123 and longitude: 102.6234',
  }),
  'site.map-empty': (): ProblemText => ({
    th: 'แผนที่ต้องมีพิกัด (latitude และ longitude) หรือรูปแผนที่ (image) อย่างน้อยหนึ่งอย่าง',
    en: 'the map needs coordinates (latitude and longitude) or a map image',
    fixTh: 'ใส่พิกัด หรือ image: images/map.png หรือลบช่อง map ออก',
    fixEn: 'add coordinates, or image: images/map.png, or remove map',
  }),
  'document.updated-before-published': (): ProblemText => ({
    th: 'วันที่ปรับปรุง (updated) อยู่ก่อนวันที่เผยแพร่ (published)',
    en: 'updated is earlier than published',
    fixTh: 'ตรวจวันที่ทั้งสองช่อง',
    fixEn: 'check both dates',
  }),
  required: (p: { afterLine?: number; afterField?: string; example?: string } = {}): ProblemText =>
    p.afterLine !== undefined && p.example !== undefined
      ? {
          th: 'ยังไม่มีช่องนี้ ซึ่งต้องกรอก',
          en: 'this field is required',
          fixTh: `เพิ่มบรรทัดนี้ต่อจากบรรทัด ${p.afterLine}${p.afterField ? ` (${p.afterField})` : ''} แล้วแก้ค่าให้ถูก: ${p.example.trim()}`,
          fixEn: `add this line after line ${p.afterLine} and put the right value in: ${p.example.trim()}`,
          fixFormTh: 'กรอกช่องนี้ในแบบฟอร์มแล้วกดเผยแพร่',
        }
      : { th: 'ต้องกรอกช่องนี้', en: 'this field is required', fixTh: 'เพิ่มช่องนี้ในไฟล์', fixEn: 'add this field', fixFormTh: 'กรอกช่องนี้ในแบบฟอร์มแล้วกดเผยแพร่' },
  'required-choice': (p: { allowed: readonly unknown[] }): ProblemText => ({
    th: 'ต้องกรอกช่องนี้',
    en: 'this field is required',
    fixTh: `เพิ่มช่องนี้ในไฟล์ โดยเลือกหนึ่งใน: ${list(p.allowed)}`,
    fixEn: `add this field with one of: ${list(p.allowed)}`,
  }),
  'wrong-type': (p: { expected: string; received: string; expectedTh: string; receivedTh: string }): ProblemText => ({
    th: `ต้องเป็น${show(p.expectedTh).replaceAll('"', '')} แต่พบ${show(p.receivedTh).replaceAll('"', '')}`,
    en: `expected ${String(p.expected)}, got ${String(p.received)}`,
    fixTh: p.expected === 'array' ? 'เขียนเป็นรายการ โดยขึ้นบรรทัดใหม่ด้วย "- "' : undefined,
    fixEn: p.expected === 'array' ? 'write a list, one "- " line per item' : undefined,
  }),
  'not-allowed-value': (p: { value: unknown; allowed: readonly unknown[] }): ProblemText => ({
    th: `ค่า ${show(p.value)} ใช้ไม่ได้`,
    en: `${show(p.value)} is not an allowed value`,
    fixTh: `เลือกหนึ่งใน: ${list(p.allowed)}`,
    fixEn: `choose one of: ${list(p.allowed)}`,
  }),
  'empty-text': (): ProblemText => ({
    th: 'ช่องนี้ว่างอยู่',
    en: 'this field is empty',
    fixTh: 'ใส่ข้อความ หรือลบช่องนี้ออกถ้าไม่บังคับ',
    fixEn: 'write something, or remove the field if it is optional',
  }),
  'too-few-items': (p: { minimum: number | bigint }): ProblemText => ({
    th: `ต้องมีอย่างน้อย ${String(p.minimum)} รายการ`,
    en: `needs at least ${String(p.minimum)} item(s)`,
    fixTh: 'เพิ่มรายการ',
    fixEn: 'add items',
  }),
  'number-too-small': (p: { minimum: number | bigint }): ProblemText => ({
    th: `ต้องไม่น้อยกว่า ${String(p.minimum)}`,
    en: `must be at least ${String(p.minimum)}`,
  }),
  'number-too-big': (p: { maximum: number | bigint }): ProblemText => ({
    th: `ต้องไม่เกิน ${String(p.maximum)}`,
    en: `must be at most ${String(p.maximum)}`,
  }),
  'not-whole-number': (): ProblemText => ({
    th: 'ต้องเป็นจำนวนเต็ม',
    en: 'must be a whole number',
  }),
  'unknown-field': (p: { key: string; suggestion?: string }): ProblemText => ({
    th: `ไม่รู้จักช่อง ${show(p.key)}`,
    en: `unknown field ${show(p.key)}`,
    fixTh: p.suggestion ? `หมายถึง ${show(p.suggestion)} หรือไม่? ถ้าไม่ใช่ ให้ลบออก` : 'ตรวจการสะกด หรือลบช่องนี้ออก',
    fixEn: p.suggestion ? `did you mean ${show(p.suggestion)}? otherwise remove it` : 'check the spelling, or remove it',
  }),
  'bad-format': (p: { format: string; formatTh: string; exampleTh?: string }): ProblemText => ({
    th: `รูปแบบไม่ถูกต้อง (${String(p.formatTh)})`,
    en: `invalid format (${String(p.format)})`,
    fixTh: p.exampleTh ? `ตัวอย่าง: ${String(p.exampleTh)}` : undefined,
    fixEn: p.exampleTh ? `example: ${String(p.exampleTh)}` : undefined,
  }),
  'invalid-value': (p: { detail: string }): ProblemText => ({
    th: `ค่าไม่ถูกต้อง: ${String(p.detail)}`,
    en: `invalid value: ${String(p.detail)}`,
  }),
  'yaml.syntax': (p: { detail: string }): ProblemText => ({
    th: `รูปแบบ YAML ผิด: ${String(p.detail)}`,
    en: `YAML syntax error: ${String(p.detail)}`,
    fixTh: 'ตรวจการเว้นวรรคย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูดในบรรทัดนี้',
    fixEn: 'check the indentation, colons and quotes on this line',
  }),
  'content.mdx': (): ProblemText => ({
    th: 'ไฟล์ในโฟลเดอร์ content ต้องเป็น Markdown (.md) ไม่ใช่ .mdx (MDX รันโค้ดได้ ซึ่งไม่อนุญาตในเนื้อหา)',
    en: 'content files must be Markdown (.md), not .mdx (MDX runs code, which content may not)',
    fixTh: 'เปลี่ยนนามสกุลไฟล์เป็น .md และลบบรรทัด import/export และ {…} ออก',
    fixEn: 'rename the file to .md and remove any import/export lines and {…} expressions',
  }),
  'file.symlink': (p: { path: string }): ProblemText => ({
    th: `${show(p.path)} เป็นลิงก์สัญลักษณ์ (symbolic link) ไม่ใช่ไฟล์หรือโฟลเดอร์จริง จึงไม่เผยแพร่ เพราะอาจชี้ไปยังไฟล์นอกโฟลเดอร์ content`,
    en: `${show(p.path)} is a symbolic link, not a real file or folder; it is not published, as it may point outside the content folder`,
    fixTh: 'คัดลอกไฟล์จริงมาวางแทนลิงก์ หรือลบลิงก์ออก',
    fixEn: 'put a copy of the real file in its place, or remove the link',
  }),
  'file.not-regular': (p: { path: string }): ProblemText => ({
    th: `${show(p.path)} ไม่ใช่ไฟล์ธรรมดา จึงไม่เผยแพร่`,
    en: `${show(p.path)} is not a regular file; it is not published`,
    fixTh: 'ลบออกจากโฟลเดอร์ content',
    fixEn: 'remove it from the content folder',
  }),
  'file.not-utf8': (p: { line: number }): ProblemText => ({
    th: `ไฟล์ไม่ได้บันทึกเป็น UTF-8 (พบอักขระที่อ่านไม่ได้ในบรรทัด ${p.line}) ภาษาไทยจะแสดงผิด`,
    en: `the file is not saved as UTF-8 (unreadable bytes on line ${p.line}); Thai would show garbled`,
    fixTh: 'เปิดไฟล์ในโปรแกรมแก้ไขข้อความแล้วบันทึกใหม่โดยเลือกการเข้ารหัส UTF-8',
    fixEn: 'open the file in a text editor and save it again as UTF-8',
  }),
  'content.placeholder': (p: { text: string }): ProblemText => ({
    th: `ยังเป็นข้อความตัวอย่างจาก npm run new: ${show(p.text)} ซึ่งจะไม่เผยแพร่จนกว่าจะแก้`,
    en: `still the placeholder npm run new wrote: ${show(p.text)}; it is not published until replaced`,
    fixTh: 'แทนข้อความที่มีคำว่า (แก้ไข) ด้วยข้อมูลจริง หรือลบบรรทัดนั้นถ้าไม่ต้องใช้',
    fixEn: 'replace every text marked (แก้ไข) with the real content, or delete the line if it is not needed',
  }),
  'file.empty': (): ProblemText => ({
    th: 'ไฟล์ว่างเปล่า ไม่มีข้อมูล',
    en: 'the file is empty',
    fixTh: 'ใส่ข้อมูลตามแบบฟอร์ม (npm run new สร้างไฟล์ตัวอย่างให้ได้) หรือลบไฟล์นี้',
    fixEn: 'fill it in (npm run new writes a skeleton) or delete it',
  }),
  'yaml.not-a-mapping': (p: { found: string }): ProblemText => ({
    th: `ข้อมูลต้องเป็นช่องข้อมูลแบบ ชื่อช่อง: ค่า แต่พบ${p.found === 'list' ? 'รายการ (บรรทัดที่ขึ้นต้นด้วย -)' : 'ข้อความเดี่ยว'}`,
    en: `the data must be fields (name: value), but it is ${p.found === 'list' ? 'a list (lines starting with -)' : 'a single value'}`,
    fixTh: 'เขียนแต่ละบรรทัดเป็น ชื่อช่อง: ค่า เช่น title: แผนการจัดซื้อจัดจ้าง',
    fixEn: 'write each line as name: value, e.g. title: Procurement plan',
  }),
  'yaml.too-many-aliases': (): ProblemText => ({
    th: 'ไฟล์ใช้การอ้างอิงซ้ำ (* และ &) มากเกินไป จนอ่านไม่ได้อย่างปลอดภัย',
    en: 'the file uses too many YAML aliases (* and &) to be read safely',
    fixTh: 'เขียนค่าตรง ๆ แทนการอ้างอิงด้วย * และ &',
    fixEn: 'write the values out instead of using * and & references',
  }),
  'yaml.colon-in-value': (p: { key: string }): ProblemText => ({
    th: `ค่าของช่อง ${show(p.key)} มีเครื่องหมาย : อยู่ข้างใน ทำให้อ่านผิดเป็นช่องใหม่`,
    en: `the value of ${show(p.key)} contains a colon, which YAML reads as a new field`,
    fixTh: `ใส่เครื่องหมายคำพูดรอบค่าที่มี : เช่น ${p.key}: "แผน: ฉบับปรับปรุง"`,
    fixEn: `put quotes around a value that contains a colon, e.g. ${p.key}: "Plan: revised"`,
  }),
  'yaml.duplicate-key': (p: { key: string; firstLine: number | undefined }): ProblemText => ({
    th: `ช่อง ${show(p.key)} ซ้ำ${p.firstLine ? ` (มีแล้วในบรรทัด ${p.firstLine})` : ''}`,
    en: `field ${show(p.key)} appears twice${p.firstLine ? ` (first on line ${p.firstLine})` : ''}`,
    fixTh: 'เหลือไว้ช่องเดียว แล้วลบอีกช่องออก',
    fixEn: 'keep one of them and delete the other',
  }),
  'yaml.unclosed-bracket': (p: { bracket: string }): ProblemText => ({
    th: `วงเล็บ ${p.bracket} ที่เปิดในบรรทัดนี้ไม่ได้ปิด`,
    en: `the ${p.bracket} opened on this line is never closed`,
    fixTh: `ปิดด้วย ${p.bracket === '[' ? ']' : '}'} ท้ายรายการในบรรทัดเดียวกัน หรือเขียนเป็นรายการทีละบรรทัดที่ขึ้นต้นด้วย -`,
    fixEn: `close it with ${p.bracket === '[' ? ']' : '}'} on the same line, or write one item per line starting with -`,
  }),
  'yaml.unclosed-quote': (): ProblemText => ({
    th: 'เครื่องหมายคำพูดที่เปิดในบรรทัดนี้ไม่ได้ปิด',
    en: 'the quote opened on this line is never closed',
    fixTh: 'ใส่เครื่องหมายคำพูดปิด (") ท้ายค่าในบรรทัดเดียวกัน',
    fixEn: 'add the closing quote (") at the end of the value',
  }),
  'yaml.tab-indent': (): ProblemText => ({
    th: 'ใช้ปุ่ม Tab ย่อหน้า ซึ่ง YAML ไม่รับ',
    en: 'the line is indented with a tab, which YAML does not accept',
    fixTh: 'ลบ Tab แล้วย่อหน้าด้วยการเว้นวรรค (2 ช่อง ต่อระดับ)',
    fixEn: 'indent with spaces (2 per level) instead of tabs',
  }),
  'yaml.dash-in-value': (p: { key: string }): ProblemText => ({
    th: `ค่าของช่อง ${show(p.key)} ขึ้นต้นด้วย - ซึ่งอ่านผิดเป็นรายการ`,
    en: `the value of ${show(p.key)} starts with -, which YAML reads as a list`,
    fixTh: `ใส่เครื่องหมายคำพูดรอบค่า เช่น ${p.key}: "- ข้อความ"`,
    fixEn: `quote the value, e.g. ${p.key}: "- text"`,
  }),
  'markup.unsafe-element': (p: { element: string }): ProblemText => ({
    th: `เนื้อหามีแท็ก <${p.element}> ซึ่งไม่อนุญาตในเนื้อหาเผยแพร่ (อาจรันโค้ด เปลี่ยนเส้นทางหน้า หรือฝังเว็บอื่น)`,
    en: `the content contains a <${p.element}> element, which published content may not carry (it can run code, redirect the page or embed another site)`,
    fixTh: 'ลบแท็กนั้นออก เนื้อหาใช้ได้เฉพาะข้อความ หัวข้อ รายการ ตาราง รูปภาพ และลิงก์',
    fixEn: 'remove it: content may use text, headings, lists, tables, images and links',
  }),
  'markup.unsafe-attribute': (p: { element: string; attribute: string }): ProblemText => ({
    th: `แท็ก <${p.element}> มีแอตทริบิวต์ ${p.attribute} ซึ่งไม่อนุญาต${/^on/i.test(p.attribute) ? ' (เป็นโค้ดที่ทำงานในเบราว์เซอร์)' : ''}`,
    en: `<${p.element}> carries the attribute ${p.attribute}, which content may not${/^on/i.test(p.attribute) ? ' (it runs code in the browser)' : ''}`,
    fixTh: `ลบ ${p.attribute} ออก`,
    fixEn: `remove ${p.attribute}`,
  }),
  'markup.local-image': (p: { src: string }): ProblemText => ({
    th: `รูป ${show(p.src)} ในเนื้อหาเป็นไฟล์ในเครื่อง ซึ่งแสดงในเนื้อหาไม่ได้`,
    en: `the picture ${show(p.src)} in the body is a local file, which the body cannot show`,
    fixTh: 'ลบบรรทัดรูปนี้ แล้วแนบไฟล์รูปในช่อง attachments ของรายการนี้แทน (ผู้อ่านเปิดดูได้จากรายการไฟล์แนบ)',
    fixEn: "remove the picture's line and add the file to this entry's attachments instead (readers open it from the list of attachments)",
  }),
  'markup.unsafe-url': (p: { element: string; url: string }): ProblemText => ({
    th: `ลิงก์ใน <${p.element}> ชี้ไปที่ ${show(p.url)} ซึ่งไม่อนุญาต (ใช้ได้เฉพาะ https:, http:, mailto:, tel: หรือที่อยู่ในเว็บไซต์เดียวกัน)`,
    en: `a link in <${p.element}> points to ${show(p.url)}, which is not allowed (only https:, http:, mailto:, tel: or addresses on this site)`,
    fixTh: 'แก้ลิงก์ให้เป็นที่อยู่เว็บ https://… หรือไฟล์แนบของเอกสารนี้',
    fixEn: 'link to an https://… address or to one of this entry’s attachments',
  }),
  'page.reserved-slug': (p: { slug: string; reserved: readonly string[] }): ProblemText => ({
    th: `ชื่อหน้า ${show(p.slug)} ซ้ำกับหน้าที่เว็บไซต์มีอยู่แล้ว (ชื่อที่ใช้ไม่ได้: ${list(p.reserved)})`,
    en: `page name ${show(p.slug)} is taken by a built-in page (reserved: ${list(p.reserved)})`,
    fixTh: 'เปลี่ยนชื่อไฟล์ เช่น เติมคำนำหน้า เช่น policy-…',
    fixEn: 'rename the file, e.g. with a prefix such as policy-…',
  }),
  'page.nested': (p: { id: string }): ProblemText => ({
    th: `หน้า ${show(p.id)} อยู่ในโฟลเดอร์ย่อย แต่หน้านโยบายต้องอยู่ในโฟลเดอร์ pages โดยตรง`,
    en: `page ${show(p.id)} is in a subfolder; pages must sit directly in the pages folder`,
    fixTh: 'ย้ายไฟล์ออกมาไว้ในโฟลเดอร์ pages',
    fixEn: 'move the file up into the pages folder',
  }),
  'attachment.outside-content': (p: { path: string }): ProblemText => ({
    th: `ไฟล์แนบ ${show(p.path)} อยู่นอกโฟลเดอร์ content จึงเผยแพร่ไม่ได้`,
    en: `attachment ${show(p.path)} is outside the content folder, so it cannot be published`,
    fixTh: 'คัดลอกไฟล์มาไว้ข้างไฟล์เอกสารในโฟลเดอร์ content แล้วเขียนชื่อไฟล์โดยไม่มี ../',
    fixEn: 'copy the file next to the entry inside the content folder and name it without ../',
  }),
  'attachment.name-normalization': (p: { written: string; onDisk: string }): ProblemText => ({
    th: `ชื่อไฟล์ ${show(p.written)} ดูเหมือนกับไฟล์ ${show(p.onDisk)} แต่สระหรือวรรณยุกต์ถูกเก็บคนละแบบ (Unicode NFC/NFD)`,
    en: `file name ${show(p.written)} looks like ${show(p.onDisk)} but its vowels or tone marks are stored differently (Unicode NFC/NFD)`,
    fixTh: 'เปลี่ยนชื่อไฟล์เป็นอักษรอังกฤษตัวเล็ก ตัวเลข และ - แล้วแก้ชื่อในเอกสารให้ตรงกัน',
    fixEn: 'rename the file with lower-case letters, digits and - and update the entry to match',
  }),
  'markdown.no-frontmatter': (): ProblemText => ({
    th: 'ไม่พบส่วนหัว (front matter) ระหว่างบรรทัด --- สองบรรทัดที่ต้นไฟล์',
    en: 'no front matter between two --- lines at the top of the file',
    fixTh: 'เริ่มไฟล์ด้วยบรรทัด --- ตามด้วยช่องข้อมูล แล้วปิดด้วย ---',
    fixEn: 'start the file with ---, the fields, then ---',
  }),
  'file.missing': (p: { path: string }): ProblemText => ({
    th: `ไม่พบไฟล์ ${show(p.path)}`,
    en: `file ${show(p.path)} is missing`,
    fixTh: 'สร้างไฟล์นี้ (ดูตัวอย่างใน docs/content-model.md)',
    fixEn: 'create this file (see docs/content-model.md)',
  }),
  'file.unreadable': (p: { detail: string }): ProblemText => ({
    th: `อ่านไฟล์ไม่ได้: ${String(p.detail)}`,
    en: `cannot read the file: ${String(p.detail)}`,
  }),
  'entry.duplicate-id': (p: { other: string }): ProblemText => ({
    th: `ชื่อไฟล์ซ้ำกับ ${show(p.other)} (จะได้ที่อยู่เว็บเดียวกัน)`,
    en: `same entry id as ${show(p.other)} (they would share one web address)`,
    fixTh: 'เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง',
    fixEn: 'rename one of the files',
  }),
  'document.unknown-type': (p: { value: string; suggestion?: string }): ProblemText => ({
    th: `ไม่รู้จักประเภทเอกสาร ${show(p.value)}`,
    en: `unknown document type ${show(p.value)}`,
    fixTh: p.suggestion ? `หมายถึง ${show(p.suggestion)} หรือไม่? ประเภททั้งหมดอยู่ใน content/document-types.yaml` : 'เลือกประเภทจาก content/document-types.yaml',
    fixEn: p.suggestion ? `did you mean ${show(p.suggestion)}? all types are in content/document-types.yaml` : 'pick a type from content/document-types.yaml',
  }),
  'document.fiscal-year-mismatch': (p: { fiscalYear: number; date: string; dateFiscalYear: number }): ProblemText => ({
    th: `วันที่ ${show(p.date)} (ปีงบประมาณ ${String(p.dateFiscalYear)}) ห่างจากปีงบประมาณ ${String(p.fiscalYear)} ของเอกสารเกิน 6 เดือน`,
    en: `the date ${show(p.date)} (fiscal year ${String(p.dateFiscalYear)}) is more than six months from the document's fiscal year ${String(p.fiscalYear)}`,
    fixTh: 'แก้ fiscalYear หรือวันที่ให้ตรงกัน ถ้าถูกต้องแล้ว ให้เพิ่ม fiscalYearReason: พร้อมเหตุผล (แผนที่อนุมัติก่อนปีไม่เกิน 6 เดือน หรือรายงานที่ออกหลังสิ้นปีไม่เกิน 6 เดือน ไม่ต้องใส่)',
    fixEn:
      'correct fiscalYear or the date; if both are right, add fiscalYearReason: with the reason (not needed for a plan approved up to six months early or a report up to six months after its year)',
  }),
  'document.month-outside-year': (p: { month: string; fiscalYear: number }): ProblemText => ({
    th: `เดือน ${show(p.month)} ไม่อยู่ในปีงบประมาณ ${String(p.fiscalYear)} (ต.ค.–ก.ย.)`,
    en: `month ${show(p.month)} is outside fiscal year ${String(p.fiscalYear)} (Oct–Sep)`,
    fixTh: 'แก้เดือนหรือปีงบประมาณให้ตรงกัน',
    fixEn: 'correct the month or the fiscal year',
  }),
  'attachment.missing': (p: { path: string }): ProblemText => ({
    th: `ไม่พบไฟล์แนบ ${show(p.path)}`,
    en: `attachment ${show(p.path)} not found`,
    fixTh: 'วางไฟล์ไว้ข้างไฟล์ .md นี้ หรือแก้ชื่อไฟล์ให้ตรง (ตัวพิมพ์เล็ก-ใหญ่ต้องตรงกัน)',
    fixEn: 'put the file next to this .md file, or correct its name (case matters)',
  }),
  'attachment.hidden': (p: { path: string; suggested: string }): ProblemText => ({
    th: `ไฟล์ ${show(p.path)} เป็นไฟล์ซ่อน (ชื่อไฟล์หรือชื่อโฟลเดอร์ขึ้นต้นด้วยจุด) ระบบไม่ตรวจไฟล์ซ่อนและไม่เผยแพร่`,
    en: `${show(p.path)} is a hidden file (its name or a folder's begins with a dot): hidden files are never checked or published`,
    fixTh: `เปลี่ยนชื่อให้ไม่ขึ้นต้นด้วยจุด เช่น ${show(p.suggested)} แล้วแก้ชื่อในบรรทัดนี้ให้ตรงกัน`,
    fixEn: `rename it without the leading dot, e.g. ${show(p.suggested)}, and write the new name here`,
  }),
  'reference.unknown-measure': (p: { value: string; example: string }): ProblemText => ({
    th: `ไม่พบมาตรการ ${show(p.value)}`,
    en: `no measure with id ${show(p.value)}`,
    fixTh: `ใช้รหัสตามที่อยู่ไฟล์ใต้ content/measures/ เช่น ${show(p.example)}`,
    fixEn: `use the path below content/measures/ without .md, e.g. ${show(p.example)}`,
  }),
  'reference.unknown-document': (p: { value: string }): ProblemText => ({
    th: `ไม่พบเอกสาร ${show(p.value)}`,
    en: `no document with id ${show(p.value)}`,
    fixTh: 'ใช้รหัสตามที่อยู่ไฟล์ใต้ content/documents/ (ไม่ต้องมี .md)',
    fixEn: 'use the path below content/documents/ without .md',
  }),
  'catalogue.item-without-type': (p: { code: string }): ProblemText => ({
    th: `ข้อ ${String(p.code)} ไม่ได้ระบุประเภทเอกสารที่ใช้ตอบ`,
    en: `item ${String(p.code)} maps to no document type`,
    fixTh: 'เพิ่ม documentTypes อย่างน้อยหนึ่งประเภท',
    fixEn: 'add at least one entry to documentTypes',
  }),
  'catalogue.criterion-type-not-of-item': (p: { code: string; value: string }): ProblemText => ({
    th: `เกณฑ์ของข้อ ${p.code} ระบุประเภท ${show(p.value)} ซึ่งไม่อยู่ใน documentTypes ของข้อนี้`,
    en: `a criterion of ${p.code} names type ${show(p.value)}, which is not among the item's documentTypes`,
    fixTh: 'เพิ่มประเภทนั้นใน documentTypes ของข้อ หรือแก้ type ของเกณฑ์',
    fixEn: "add the type to the item's documentTypes, or correct the criterion's type",
  }),
  'catalogue.separate-without-type': (p: { code: string }): ProblemText => ({
    th: `เกณฑ์ของข้อ ${p.code} ระบุ separate แต่ไม่ได้ระบุ type ว่าเอกสารประเภทใดต้องแยก`,
    en: `a criterion of ${p.code} says separate but names no type to keep separate`,
    fixTh: 'เพิ่ม type: <ประเภทเอกสาร> ให้เกณฑ์นั้น หรือลบ separate ออก',
    fixEn: 'give the criterion a type, or remove separate',
  }),
  'catalogue.unknown-type': (p: { code: string; value: string }): ProblemText => ({
    th: `ข้อ ${String(p.code)} อ้างประเภทเอกสาร ${show(p.value)} ที่ไม่มีใน content/document-types.yaml`,
    en: `item ${String(p.code)} names document type ${show(p.value)}, which content/document-types.yaml does not define`,
    fixTh: 'เพิ่มประเภทนี้ใน content/document-types.yaml หรือแก้การสะกด',
    fixEn: 'add the type to content/document-types.yaml, or fix the spelling',
  }),
  'catalogue.duplicate-code': (p: { code: string }): ProblemText => ({
    th: `รหัสข้อ ${String(p.code)} ซ้ำกัน`,
    en: `item code ${String(p.code)} appears twice`,
    fixTh: 'รหัสข้อในปีเดียวกันต้องไม่ซ้ำ',
    fixEn: 'item codes must be unique within a year',
  }),
  'catalogue.unknown-indicator': (p: { code: string; value: number | string }): ProblemText => ({
    th: `ข้อ ${String(p.code)} อ้างตัวชี้วัด ${show(p.value)} ที่ไม่มีในรายการ indicators`,
    en: `item ${String(p.code)} names indicator ${show(p.value)}, which is not in indicators`,
    fixTh: 'แก้เลขตัวชี้วัด หรือเพิ่มใน indicators',
    fixEn: 'correct it or add it to indicators',
  }),
  'catalogue.unknown-same-as': (p: { code: string; year: number; other: string }): ProblemText => ({
    th: `ข้อ ${p.code} อ้างว่าเป็นข้อเดียวกับ ${p.other} ของปี ${p.year} แต่เกณฑ์ปี ${p.year} ไม่มีข้อ ${p.other}`,
    en: `item ${p.code} says it continues ${p.other} of ${p.year}, but the ${p.year} catalogue has no ${p.other}`,
    fixTh: `แก้รหัสข้อใน sameAs ให้ตรงกับ content/oit/${p.year}.yaml`,
    fixEn: `correct the code in sameAs to match content/oit/${p.year}.yaml`,
  }),
  'catalogue.weights-sum': (p: { sum: number }): ProblemText => ({
    th: `น้ำหนักเครื่องมือรวมกันได้ ${String(p.sum)} ไม่ใช่ 100`,
    en: `tool weights add up to ${String(p.sum)}, not 100`,
    fixTh: 'ปรับ weights ให้รวมกันได้ 100',
    fixEn: 'make the weights add up to 100',
  }),
  'year.file-name-mismatch': (p: { fileYear: string; year: number }): ProblemText => ({
    th: `ชื่อไฟล์ระบุปี ${show(p.fileYear)} แต่ year เป็น ${String(p.year)}`,
    en: `file name says ${show(p.fileYear)} but year is ${String(p.year)}`,
    fixTh: `ตั้งชื่อไฟล์เป็น ${String(p.year)}.yaml หรือแก้ year`,
    fixEn: `name the file ${String(p.year)}.yaml, or correct year`,
  }),
  'scores.no-catalogue': (p: { year: number }): ProblemText => ({
    th: `ไม่มีเกณฑ์ ITA ปี ${String(p.year)} (content/oit/${String(p.year)}.yaml) จึงคำนวณคะแนนรวมและระดับไม่ได้`,
    en: `no ITA ${String(p.year)} catalogue (content/oit/${String(p.year)}.yaml), so the total and tier cannot be computed`,
    fixTh: 'เพิ่มไฟล์เกณฑ์ของปีนั้น',
    fixEn: "add that year's catalogue",
  }),
  'scores.unknown-indicator': (p: { value: number; year: number }): ProblemText => ({
    th: `ไม่มีตัวชี้วัดที่ ${String(p.value)} ในเกณฑ์ปี ${String(p.year)}`,
    en: `indicator ${String(p.value)} is not in the ${String(p.year)} catalogue`,
  }),
  'scores.duplicate-indicator': (p: { value: number }): ProblemText => ({
    th: `ตัวชี้วัดที่ ${String(p.value)} มีคะแนนซ้ำสองครั้ง`,
    en: `indicator ${String(p.value)} is scored twice`,
  }),
  'scores.total-mismatch': (p: { reported: number; computed: number; year: number }): ProblemText => ({
    th: `คะแนนรวมที่รายงาน ${String(p.reported)} ไม่ตรงกับที่คำนวณจากน้ำหนักเครื่องมือของปี ${String(p.year)} (${String(p.computed)})`,
    en: `reported total ${String(p.reported)} differs from the total computed with the ${String(p.year)} tool weights (${String(p.computed)})`,
    fixTh: 'ตรวจกับผลจากระบบ ITAS; เว็บไซต์แสดงตัวเลขตามที่รายงาน',
    fixEn: 'check against ITAS; the site shows the reported figure',
  }),
  'scores.tier-mismatch': (p: { reported: string; computed: string; total: number; year: number }): ProblemText => ({
    th: `ระดับที่รายงาน "${String(p.reported)}" ไม่ตรงกับระดับตามเกณฑ์ปี ${String(p.year)} ("${String(p.computed)}" จากคะแนน ${String(p.total)})`,
    en: `reported level "${String(p.reported)}" differs from the ${String(p.year)} rules' tier ("${String(p.computed)}" for ${String(p.total)})`,
    fixTh: 'ตรวจกับผลจากระบบ ITAS; เว็บไซต์แสดงระดับตามที่รายงาน',
    fixEn: 'check against ITAS; the site shows the reported level',
  }),
  'scores.tool-vs-indicators': (p: { tool: string; reported: number; mean: number; min: number; max: number }): ProblemText => ({
    th: `คะแนน ${String(p.tool)} ${String(p.reported)} ห่างจากค่าเฉลี่ยของตัวชี้วัด (${String(p.mean)}; ช่วง ${String(p.min)}–${String(p.max)}) มากผิดปกติ`,
    en: `${String(p.tool)} score ${String(p.reported)} is far from its indicators' mean (${String(p.mean)}; range ${String(p.min)}–${String(p.max)})`,
    fixTh: 'ตรวจคะแนนเครื่องมือและตัวชี้วัดกับระบบ ITAS',
    fixEn: 'check the tool and indicator scores against ITAS',
  }),
  'scores.label-mismatch': (p: { indicator: number; reported: string; catalogue: string }): ProblemText => ({
    th: `ตัวชี้วัดที่ ${String(p.indicator)} ถูกเรียกว่า "${String(p.reported)}" แต่ในเกณฑ์คือ "${String(p.catalogue)}"`,
    en: `indicator ${String(p.indicator)} is called "${String(p.reported)}" but the catalogue names it "${String(p.catalogue)}"`,
    fixTh: 'ตรวจเลขหรือชื่อตัวชี้วัดในรายงาน; เว็บไซต์แสดงชื่อตามเกณฑ์',
    fixEn: 'check the number or name in the report; the site shows the catalogue name',
  }),
  'site.unknown-parent-unit': (p: { value: string }): ProblemText => ({
    th: `ไม่พบหน่วยงานแม่ ${show(p.value)}`,
    en: `parent unit ${show(p.value)} does not exist`,
    fixTh: 'ใช้ id ของหน่วยงานใน units',
    fixEn: 'use the id of a unit in units',
  }),
  'site.duplicate-unit': (p: { value: string }): ProblemText => ({
    th: `id หน่วยงาน ${show(p.value)} ซ้ำกัน`,
    en: `unit id ${show(p.value)} appears twice`,
  }),
  'vocabulary.duplicate-type': (p: { value: string }): ProblemText => ({
    th: `ประเภทเอกสาร ${show(p.value)} ซ้ำกัน`,
    en: `document type ${show(p.value)} appears twice`,
  }),
  'site.example-url': (p: { value: string }): ProblemText => ({
    th: `siteUrl ยังเป็นที่อยู่ตัวอย่าง (${String(p.value)}) ลิงก์ในแบบ ITAS จะใช้ไม่ได้จริง`,
    en: `siteUrl is still an example address (${String(p.value)}); ITAS links will not work`,
    fixTh: 'แก้ siteUrl ใน content/site.yaml เป็นที่อยู่เว็บไซต์จริงของหน่วยงาน',
    fixEn: "set siteUrl in content/site.yaml to the agency's real address",
  }),
  'privacy.national-id': (p: { masked: string; inAttachment?: string; inArchive?: string; page?: number }): ProblemText => ({
    th: `พบเลขประจำตัวประชาชน ${String(p.masked)} ${p.inAttachment ? `ใน${whereTh({ path: p.inAttachment, ...(p.inArchive ? { inArchive: p.inArchive } : {}) })}` : 'ในไฟล์นี้'}${p.page !== undefined ? ` หน้า ${p.page}` : ''} ซึ่งห้ามเผยแพร่ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562`,
    en: `a Thai national ID number ${String(p.masked)} appears ${p.inAttachment ? `in ${p.inArchive ? '' : 'the '}${whereEn({ path: p.inAttachment, ...(p.inArchive ? { inArchive: p.inArchive } : {}) })}` : 'in this file'}${p.page !== undefined ? ` on page ${p.page}` : ''}; publishing it breaches the PDPA`,
    fixTh: 'ลบหรือปิดทับเลขนั้นก่อนเผยแพร่ ถ้าจำเป็นต้องเผยแพร่จริง ให้เพิ่มรายการใน content/privacy-allowlist.yaml พร้อมเหตุผล',
    fixEn: 'remove or black out the number; if it must be published, add an entry with a reason to content/privacy-allowlist.yaml',
  }),
  'link.broken': (p: { target: string }): ProblemText => ({
    th: `ลิงก์ ${show(p.target)} ชี้ไปยังหน้าหรือไฟล์ที่ไม่มีอยู่`,
    en: `link ${show(p.target)} points to a page or file that does not exist`,
    fixTh: 'แก้ที่อยู่ลิงก์ หรือเพิ่มไฟล์ที่ลิงก์ถึง',
    fixEn: 'correct the link, or add the file it points to',
  }),
  'attachment.too-large': (p: { path: string; size: string; limit: number }): ProblemText => ({
    th: `ไฟล์แนบ ${show(p.path)} มีขนาด ${String(p.size)} เกินกำหนด ${String(p.limit)} MB ประชาชนที่ใช้มือถือจะเปิดได้ช้ามาก`,
    en: `attachment ${show(p.path)} is ${String(p.size)}, over the ${String(p.limit)} MB limit; it is very slow to open on a phone`,
    fixTh: 'ลดขนาดไฟล์ (เช่น บีบอัด PDF หรือสแกนด้วยความละเอียด 150 dpi) หรือแยกเป็นหลายไฟล์ (ปรับเพดานได้ที่ publishing.maxAttachmentMb ใน content/site.yaml)',
    fixEn: 'compress it (e.g. scan at 150 dpi) or split it (the limit is publishing.maxAttachmentMb in content/site.yaml)',
  }),
  'file.bad-name': (p: { name: string; suggestion: string }): ProblemText => ({
    th: `ชื่อไฟล์ ${show(p.name)} จะได้ที่อยู่เว็บที่อ่านยากหรือใช้ไม่ได้ (ใช้ได้เฉพาะ a-z 0-9 - _ .)`,
    en: `file name ${show(p.name)} would make a bad web address (use only a-z 0-9 - _ .)`,
    fixTh: `เปลี่ยนชื่อไฟล์ เช่น ${show(p.suggestion)} แล้วแก้ชื่อในไฟล์ที่อ้างถึง`,
    fixEn: `rename it, e.g. ${show(p.suggestion)}, and update whatever refers to it`,
  }),
  'attachment.empty': (p: AttachmentPlace): ProblemText => ({
    th: `${whereTh(p)} ว่างเปล่า (0 ไบต์)`,
    en: `${whereEn(p)} is empty (0 bytes)`,
    fixTh: 'ใส่ไฟล์ที่ถูกต้องแทน หรือลบไฟล์แนบนี้ออก',
    fixEn: 'put the real file in its place, or remove the attachment',
  }),
  'attachment.type-not-allowed': (p: AttachmentPlace & { found: ContentKind; detail?: string; extension: string }): ProblemText => {
    const name = contentKindName(p.found, p.detail);
    const named = p.extension ? { th: ` (แม้ชื่อไฟล์จะลงท้ายด้วย .${p.extension})`, en: ` (although its name ends in .${p.extension})` } : { th: '', en: '' };
    return {
      th: `${whereTh(p)} เป็น${name.th}${named.th} ซึ่งไม่อนุญาตให้เผยแพร่${name.whyTh ? `: ${name.whyTh}` : ''}`,
      en: `${whereEn(p)} is ${name.en}${named.en}, which may not be published${name.whyEn ? `: ${name.whyEn}` : ''}`,
      fixTh:
        p.found === 'office-macros'
          ? 'เปิดไฟล์แล้วบันทึกใหม่เป็น .docx, .xlsx หรือ .pptx (แบบไม่มีแมโคร) หรือเป็น PDF'
          : p.found === 'program'
            ? 'ลบไฟล์นี้ออก ถ้าต้องการแนะนำโปรแกรมให้ประชาชน ให้ลิงก์ไปยังเว็บไซต์ของผู้ผลิตแทน'
            : `บันทึกหรือส่งออกเป็นไฟล์ชนิดที่อนุญาต (${allowedTypesTh}) เช่น พิมพ์เป็น PDF`,
      fixEn:
        p.found === 'office-macros'
          ? 'open it and save it again as .docx, .xlsx or .pptx (without macros), or as PDF'
          : p.found === 'program'
            ? "remove it; to point readers to a program, link to its publisher's website instead"
            : `save or export it as an allowed type (${allowedTypesEn}), e.g. print it to PDF`,
    };
  },
  'attachment.type-mismatch': (p: AttachmentPlace & { extension: string; found: ContentKind; detail?: string; suggestion?: string }): ProblemText => {
    const name = contentKindName(p.found, p.detail);
    return {
      th: `${whereTh(p)} ${p.extension ? `ชื่อลงท้ายด้วย .${p.extension}` : 'ไม่มีนามสกุล'} แต่เนื้อไฟล์เป็น${name.th}`,
      en: `${whereEn(p)} ${p.extension ? `is named .${p.extension}` : 'has no extension'}, but its content is ${name.en}`,
      fixTh: p.suggestion
        ? `ถ้าเนื้อไฟล์ถูกต้องแล้ว ให้เปลี่ยนชื่อเป็น ${show(p.suggestion)} และแก้ชื่อในไฟล์ที่อ้างถึง ถ้าไม่ใช่ ให้ใส่ไฟล์ที่ถูกต้องแทน`
        : 'ใส่ไฟล์ที่ถูกต้องแทน (ไฟล์อาจเสียหาย หรือถูกเปลี่ยนนามสกุลโดยไม่ได้แปลงไฟล์)',
      fixEn: p.suggestion
        ? `if the content is right, rename it to ${show(p.suggestion)} and update whatever refers to it; otherwise put the right file in its place`
        : 'put the right file in its place (it may be damaged, or renamed without being converted)',
    };
  },
  'attachment.text-encoding': (p: AttachmentPlace & { encoding?: string }): ProblemText => ({
    th: `${whereTh(p)} ไม่ได้บันทึกเป็นข้อความ UTF-8${p.encoding ? ` (พบ ${String(p.encoding)})` : ' (อาจเป็นรหัสภาษาไทยแบบเก่า TIS-620/Windows-874)'}`,
    en: `${whereEn(p)} is not saved as UTF-8 text${p.encoding ? ` (found ${String(p.encoding)})` : ' (perhaps the old Thai code page TIS-620/Windows-874)'}`,
    fixTh: 'ใน Excel เลือก "บันทึกเป็น" แล้วเลือกชนิด "CSV UTF-8 (คั่นด้วยจุลภาค)"; ใน Notepad เลือกการเข้ารหัส UTF-8 ตอนบันทึก',
    fixEn: 'in Excel use "Save As" with the type "CSV UTF-8 (Comma delimited)"; in Notepad choose the UTF-8 encoding when saving',
  }),
  'attachment.hidden-markup': (p: AttachmentPlace & { found: ContentKind; marker: string }): ProblemText => ({
    th: `${whereTh(p)} เป็น${contentKindName(p.found).th} แต่มีโค้ดหน้าเว็บ ${String(p.marker)} ซ่อนอยู่ในไฟล์`,
    en: `${whereEn(p)} is ${contentKindName(p.found).en} with web-page code ${String(p.marker)} hidden inside`,
    fixTh: 'เปิดรูปในโปรแกรมแต่งภาพแล้วส่งออกเป็นไฟล์ใหม่ แล้วใช้ไฟล์ใหม่นั้นแทน',
    fixEn: 'open the image in an image editor, export it as a new file, and use that file instead',
  }),
  'attachment.pdf-active-content': (p: AttachmentPlace & { found: readonly ActivePdfContent[] }): ProblemText => ({
    th: `${whereTh(p)} เป็น PDF ที่มีส่วนที่ทำงานบนเครื่องผู้อ่านได้ จึงเผยแพร่ไม่ได้: ${p.found.map((kind) => activePdfContentNames[kind].th).join('; ')}`,
    en: `${whereEn(p)} is a PDF with content that acts on the reader's computer, so it may not be published: ${p.found.map((kind) => activePdfContentNames[kind].en).join('; ')}`,
    fixTh:
      'ทำสำเนาที่สะอาด: เปิดไฟล์แล้วสั่งพิมพ์ (Print) เลือกเครื่องพิมพ์ "Microsoft Print to PDF" หรือ "บันทึกเป็น PDF" (Save as PDF) ' +
      'หรือใน Adobe Acrobat ใช้ "บันทึกเป็นแบบอื่น > PDF/A" (PDF/A-1b หรือ PDF/A-2b) แล้วแนบไฟล์ใหม่แทน — ไฟล์ใหม่มีเฉพาะเนื้อหาที่มองเห็น ' +
      'ถ้าต้องการเผยแพร่ไฟล์ที่ฝังอยู่ ให้แนบแยกเป็นไฟล์ของตัวเอง',
    fixEn:
      'save a clean copy: print the file to "Microsoft Print to PDF" or "Save as PDF", or in Adobe Acrobat use "Save as Other > PDF/A" ' +
      '(PDF/A-1b or PDF/A-2b), and attach the new file instead — it keeps only what is visible; attach an embedded file as a file of its own',
  }),
  'attachment.office-active-content': (p: AttachmentPlace & { found: readonly ActiveOfficeContent[] }): ProblemText => ({
    th: `${whereTh(p)} เป็นไฟล์ Office ที่มีส่วนที่ทำงานบนเครื่องผู้อ่านได้ จึงเผยแพร่ไม่ได้: ${p.found.map((kind) => activeOfficeContentNames[kind].th).join('; ')}`,
    en: `${whereEn(p)} is an Office file with content that acts on the reader's computer, so it may not be published: ${p.found.map((kind) => activeOfficeContentNames[kind].en).join('; ')}`,
    fixTh:
      'เปิดไฟล์ใน Word, Excel หรือ PowerPoint แล้วบันทึกเป็น PDF (ไฟล์ > บันทึกเป็น > PDF) แล้วแนบไฟล์ PDF แทน — ' +
      'ถ้าต้องเผยแพร่เป็นไฟล์ Office ให้ตัดลิงก์ (ข้อมูล > แก้ไขลิงก์ > ตัดลิงก์) ลบมาโครและตัวควบคุมออก แล้วบันทึกเป็น .docx หรือ .xlsx ใหม่',
    fixEn:
      'open the file in Word, Excel or PowerPoint, save it as PDF (File > Save As > PDF) and attach the PDF instead — to publish ' +
      'an Office file, break its links (Data > Edit Links > Break Link), remove macros and controls, and save it again as .docx or .xlsx',
  }),
  'attachment.csv-formula': (p: AttachmentPlace & { line: number; column: number; cell: string; count: number }): ProblemText => ({
    th: `${whereTh(p)} มีช่องที่ Excel หรือ LibreOffice จะทำงานเป็นสูตรเมื่อประชาชนเปิดไฟล์ (บรรทัด ${p.line} คอลัมน์ ${p.column}: ${show(p.cell.slice(0, 80))})${p.count > 1 ? ` และอีก ${p.count - 1} ช่อง` : ''} สูตรแบบนี้เปิดเว็บไซต์อื่นหรือสั่งโปรแกรมบนเครื่องผู้อ่านได้`,
    en: `${whereEn(p)} has a cell that Excel or LibreOffice would run as a formula when a reader opens it (line ${p.line}, column ${p.column}: ${show(p.cell.slice(0, 80))})${p.count > 1 ? ` and ${p.count - 1} more` : ''}; such a formula can open another site or run a program on the reader's computer`,
    fixTh: "ถ้าเป็นข้อความ ให้พิมพ์ ' (อัญประกาศเดี่ยว) นำหน้า หรือลบเครื่องหมาย = + - @ ที่ขึ้นต้นช่องออก ถ้าเป็นสูตรที่ตั้งใจ ให้ใส่ผลลัพธ์ของสูตรแทน",
    fixEn: "if it is text, put a ' (apostrophe) in front or remove the leading = + - @; if it is a formula on purpose, write its result instead",
  }),
  'attachment.archive-nested': (p: AttachmentPlace): ProblemText => ({
    th: `${whereTh(p)} เป็น ZIP ซ้อนอยู่ใน ZIP จึงตรวจเนื้อในไม่ได้`,
    en: `${whereEn(p)} is a ZIP inside a ZIP, whose contents cannot be checked`,
    fixTh: 'แตก ZIP ด้านในออกมา แล้วบีบอัดรวมเป็น ZIP ชั้นเดียว',
    fixEn: 'unpack the inner ZIP and put its files straight into the outer one',
  }),
  'attachment.archive-unsafe-name': (p: AttachmentPlace): ProblemText => ({
    th: `${whereTh(p)} มีชื่อที่ชี้ออกนอกโฟลเดอร์ที่แตกไฟล์ (มี .. หรือขึ้นต้นด้วย / หรือชื่อไดรฟ์)`,
    en: `${whereEn(p)} has a name that points outside the folder it is unpacked into (.., a leading / or a drive letter)`,
    fixTh: 'สร้าง ZIP ใหม่จากโฟลเดอร์ที่มีไฟล์อยู่ (คลิกขวา > ส่งไปยัง > โฟลเดอร์ที่บีบอัด)',
    fixEn: 'make the ZIP again from a folder holding the files (right-click > Send to > Compressed folder)',
  }),
  'attachment.archive-encrypted': (p: AttachmentPlace): ProblemText => ({
    th: `${whereTh(p)} ตั้งรหัสผ่านไว้ จึงตรวจไม่ได้ว่าเป็นไฟล์ชนิดใดและมีข้อมูลส่วนบุคคลหรือไม่`,
    en: `${whereEn(p)} is protected by a password, so neither its type nor its personal data can be checked`,
    fixTh: 'สร้าง ZIP ใหม่โดยไม่ตั้งรหัสผ่าน (เอกสารที่เผยแพร่ต้องเปิดได้ทุกคน)',
    fixEn: 'make the ZIP again without a password (published documents must open for everyone)',
  }),
  'attachment.archive-unsupported': (p: AttachmentPlace & { method: number }): ProblemText => ({
    th: `${whereTh(p)} บีบอัดด้วยวิธีที่ตรวจไม่ได้ (วิธีที่ ${String(p.method)})`,
    en: `${whereEn(p)} uses a compression method that cannot be checked (method ${String(p.method)})`,
    fixTh: 'สร้าง ZIP ใหม่ด้วยการบีบอัดแบบมาตรฐาน (Deflate) เช่น ด้วย "โฟลเดอร์ที่บีบอัด" ของ Windows',
    fixEn: 'make the ZIP again with standard (Deflate) compression, e.g. with Windows "Compressed folder"',
  }),
  'attachment.archive-too-large': (p: AttachmentPlace & { sizeMb: number; limitMb: number }): ProblemText => ({
    th: `${whereTh(p)} เมื่อแตกไฟล์แล้วมีขนาดรวม ${String(p.sizeMb)} MB เกินกำหนด ${String(p.limitMb)} MB`,
    en: `${whereEn(p)} unpacks to ${String(p.sizeMb)} MB, over the ${String(p.limitMb)} MB limit`,
    fixTh: 'แยกเป็น ZIP หลายไฟล์ หรือแนบไฟล์แยกกัน',
    fixEn: 'split it into several ZIPs, or attach the files separately',
  }),
  'attachment.damaged': (p: AttachmentPlace & { detail: string }): ProblemText => ({
    th: `${whereTh(p)} เสียหาย เปิดอ่านไม่ได้ (${String(p.detail)})`,
    en: `${whereEn(p)} is damaged and cannot be read (${String(p.detail)})`,
    fixTh: 'ส่งออกหรือสแกนไฟล์ใหม่ แล้วลองเปิดดูก่อนใส่ในเว็บไซต์',
    fixEn: 'export or scan it again, and open it once before adding it to the site',
  }),
  'privacy.not-checked': (p: AttachmentPlace & { reason: NotCheckedReason }): ProblemText => notCheckedMessages[p.reason](whereTh(p), whereEn(p)),
  'privacy.national-id-scan': (p: { masked: string; path: string; page: number; textFile: string }): ProblemText => ({
    th: `น่าจะมีเลขประจำตัวประชาชน ${String(p.masked)} ในไฟล์แนบ ${show(p.path)} หน้า ${String(p.page)} (อ่านจากภาพสแกนด้วยเครื่อง) ซึ่งห้ามเผยแพร่ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562`,
    en: `a Thai national ID number ${String(p.masked)} likely appears in the attachment ${show(p.path)}, page ${String(p.page)} (machine-read from the scan); publishing it breaches the PDPA`,
    fixTh: `เปิดหน้า ${String(p.page)} ของไฟล์ดู ถ้าเป็นเลขประจำตัวประชาชนจริง ให้ปิดทับแล้วสแกนใหม่ ถ้าไม่ใช่ (เครื่องอ่านผิด) ให้แก้ข้อความใน ${show(p.textFile)} หรือเพิ่มรายการใน content/privacy-allowlist.yaml พร้อมเหตุผล`,
    fixEn: `look at page ${String(p.page)}: if it is an ID, black it out and scan again; if not (misread), correct ${show(p.textFile)} or add an entry with a reason to content/privacy-allowlist.yaml`,
  }),
  'scan.no-text-yet': (p: { path: string }): ProblemText => ({
    th: `ไฟล์แนบ ${show(p.path)} เป็นภาพสแกนที่ยังไม่ได้อ่านข้อความ จึงค้นหาไม่ได้ ยังไม่ได้ตรวจหาเลขประจำตัวประชาชน และผู้พิการทางสายตาอ่านไม่ได้`,
    en: `the attachment ${show(p.path)} is a scan whose text has not been read yet: it cannot be searched, was not checked for national ID numbers, and a screen reader cannot read it`,
    fixTh: 'สั่ง npm run ocr แล้ว commit ไฟล์ .ocr.txt ที่ได้พร้อมเนื้อหา',
    fixEn: 'run npm run ocr and commit the .ocr.txt files it writes with the content',
  }),
  'scan.text-outdated': (p: { path: string; textFile: string }): ProblemText => ({
    th: `ข้อความใน ${show(p.textFile)} อ่านจากไฟล์ ${show(p.path)} ฉบับก่อน ไฟล์แนบถูกเปลี่ยนแล้ว`,
    en: `${show(p.textFile)} was read from an earlier version of ${show(p.path)}; the attachment has changed since`,
    fixTh: 'ลบไฟล์ .ocr.txt นั้นแล้วสั่ง npm run ocr ใหม่ (ถ้าเคยแก้ข้อความไว้ ให้คัดลอกเก็บก่อน)',
    fixEn: 'delete that .ocr.txt and run npm run ocr again (copy any corrections you made first)',
  }),
  'scan.text-invalid': (p: { textFile: string }): ProblemText => ({
    th: `ไฟล์ ${show(p.textFile)} ไม่ใช่ข้อความที่ npm run ocr เขียน (ไม่มีบรรทัด # sha256: ที่หัวไฟล์)`,
    en: `${show(p.textFile)} is not a text npm run ocr wrote (no "# sha256:" line in its header)`,
    fixTh: 'ลบไฟล์นั้นแล้วสั่ง npm run ocr ใหม่ หรือคืนบรรทัดหัวไฟล์ที่ลบไป',
    fixEn: 'delete it and run npm run ocr again, or restore the header lines',
  }),
  'scan.text-orphan': (p: { textFile: string; path: string; renamedTo?: string; renamedText?: string }): ProblemText => ({
    th: `ไฟล์ ${show(p.textFile)} เป็นข้อความที่เครื่องอ่านจากภาพสแกน แต่ไม่พบไฟล์ ${show(p.path)} ที่อ่านมา (ถูกลบหรือเปลี่ยนชื่อ) ข้อความนี้จึงไม่ถูกใช้และไม่ถูกเผยแพร่`,
    en: `${show(p.textFile)} is the machine-read text of ${show(p.path)}, which is not there (deleted or renamed): the text is not used or published`,
    fixTh: p.renamedTo
      ? `ไฟล์สแกนถูกเปลี่ยนชื่อเป็น ${show(p.renamedTo)} แล้ว (เนื้อไฟล์ตรงกัน) ให้เปลี่ยนชื่อไฟล์ข้อความเป็น ${show(p.renamedText)} ด้วย`
      : `ถ้าลบไฟล์สแกนแล้ว ให้ลบไฟล์ ${show(p.textFile)} ด้วย ถ้าเปลี่ยนชื่อไฟล์สแกน ให้เปลี่ยนชื่อไฟล์ข้อความตาม (ชื่อไฟล์สแกน ตามด้วย .ocr.txt)`,
    fixEn: p.renamedTo
      ? `the scan was renamed ${show(p.renamedTo)} (same bytes): rename the text file to ${show(p.renamedText)} as well`
      : `if the scan was deleted, delete ${show(p.textFile)} too; if it was renamed, rename the text alongside it (the scan's name followed by .ocr.txt)`,
  }),
  'attachment.not-publishable': (p: { path: string }): ProblemText => ({
    th: `ไฟล์ ${show(p.path)} แนบเป็นไฟล์ของเอกสารไม่ได้: เป็นข้อความที่เครื่องอ่านจากภาพสแกน (แสดงในหน้าเอกสารเองอยู่แล้ว) หรือไฟล์ที่เขียนค้างไว้จากคำสั่งที่ถูกหยุดกลางคัน`,
    en: `${show(p.path)} cannot be attached: it is a scan's machine-read text (already shown on the document's page) or a file left half-written by a stopped command`,
    fixTh: 'แนบไฟล์สแกนต้นฉบับแทน แล้วลบบรรทัดนี้',
    fixEn: 'attach the original scan instead and remove this line',
  }),
  ...procurementProblemMessages,
} satisfies Record<string, (params: never) => ProblemText>;

/** Words for an attachment whose text was not searched for personal data, by reason. */
const notCheckedMessages: Record<NotCheckedReason, (th: string, en: string) => ProblemText> = {
  'scan-without-text': (th, en) => ({
    th: `${th} เป็นภาพสแกนที่ไม่มีชั้นข้อความ จึงยังไม่ได้ตรวจหาเลขประจำตัวประชาชน`,
    en: `${en} is a scan without a text layer, so it was not checked for national ID numbers`,
    fixTh: 'ตรวจด้วยตาว่าไม่มีข้อมูลส่วนบุคคล หรือทำ OCR ให้ไฟล์มีข้อความ',
    fixEn: 'check it by eye for personal data, or run OCR so the file carries text',
  }),
  'password-protected': (th, en) => ({
    th: `${th} ตั้งรหัสผ่านไว้ จึงยังไม่ได้ตรวจหาเลขประจำตัวประชาชน`,
    en: `${en} is protected by a password, so it was not checked for national ID numbers`,
    fixTh: 'เอารหัสผ่านออกก่อนเผยแพร่ (เอกสารที่เผยแพร่ต้องเปิดได้ทุกคน)',
    fixEn: 'remove the password before publishing (published documents must open for everyone)',
  }),
  'format-not-readable': (th, en) => ({
    th: `${th} เป็นไฟล์แบบที่อ่านข้อความไม่ได้ (เช่น .doc .xls .ppt แบบเก่า) จึงยังไม่ได้ตรวจหาเลขประจำตัวประชาชน`,
    en: `${en} is in a format whose text cannot be read (e.g. old .doc, .xls, .ppt), so it was not checked for national ID numbers`,
    fixTh: 'บันทึกใหม่เป็น .docx .xlsx .pptx หรือ PDF เพื่อให้ตรวจได้',
    fixEn: 'save it again as .docx, .xlsx, .pptx or PDF so it can be checked',
  }),
  image: (th, en) => ({
    th: `${th} เป็นรูปภาพ ไม่มีข้อความให้ตรวจ จึงยังไม่ได้ตรวจหาเลขประจำตัวประชาชน`,
    en: `${en} is an image with no text to read, so it was not checked for national ID numbers`,
    fixTh: 'ตรวจด้วยตาว่าในภาพไม่มีเลขประจำตัวประชาชนหรือข้อมูลส่วนบุคคลอื่น',
    fixEn: 'check by eye that the image shows no national ID number or other personal data',
  }),
};

export type ProblemKey = keyof typeof problemMessages;
/** What follows a key: the message's parameters, or nothing for a message without any. */
export type ProblemArgs<K extends ProblemKey> = Parameters<(typeof problemMessages)[K]>;
type ProblemParams<K extends ProblemKey> = ProblemArgs<K> extends [infer Params] ? Params : Record<string, never>;
/** A problem held as data until it is worded (score findings); each key travels with its own parameters. */
export type ProblemRef<K extends ProblemKey = ProblemKey> = { [Key in K]: { key: Key; params: ProblemParams<Key> } }[K];

type AnyMessage = (params?: unknown) => ProblemText;

export function problemText<K extends ProblemKey>(key: K, ...args: ProblemArgs<K>): ProblemText {
  return (problemMessages[key] as AnyMessage)(args[0]);
}

export function describeProblem(problem: ProblemRef): ProblemText {
  return (problemMessages[problem.key] as AnyMessage)(problem.params);
}

function isProblemKey(key: string): key is ProblemKey {
  return Object.hasOwn(problemMessages, key);
}

/** Words a key carried through untyped data (a zod issue's params); an unknown key is a bug, so it throws. */
export function problemTextOfUntyped(key: string, params: Readonly<Record<string, unknown>>): ProblemText {
  if (!isProblemKey(key)) throw new Error(`no problem message has the key "${key}"`);
  return (problemMessages[key] as AnyMessage)(params);
}
