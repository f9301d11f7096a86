/** What an attachment's bytes turn out to be, in words staff recognise: the names used by attachment-type problems. */
export type ContentKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'webp'
  | 'gif'
  | 'word'
  | 'excel'
  | 'powerpoint'
  | 'word-legacy'
  | 'excel-legacy'
  | 'powerpoint-legacy'
  | 'office-encrypted'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'text'
  | 'zip'
  | 'svg'
  | 'html'
  | 'xml'
  | 'office-macros'
  | 'program'
  | 'script'
  | 'compound-other'
  | 'text-other-encoding'
  | 'binary'
  | 'other';

export interface ContentKindName {
  th: string;
  en: string;
  /** Why a refused kind is refused, when it is not obvious */
  whyTh?: string;
  whyEn?: string;
}

/** `detail` is the file extension a detector gave for 'other' (e.g. "rar"), shown so staff know what they have. */
export function contentKindName(kind: ContentKind, detail?: string): ContentKindName {
  if (kind === 'script') {
    return {
      th: `สคริปต์${detail ? ` (.${detail})` : ''}`,
      en: `a script${detail ? ` (.${detail})` : ''}`,
      whyTh: 'สคริปต์เป็นโปรแกรมที่ทำงานในเบราว์เซอร์หรือบนเครื่องของผู้เปิด',
      whyEn: 'a script is a program that runs in the browser or on the reader’s computer',
    };
  }
  if (kind === 'other') {
    return detail ? { th: `ไฟล์ชนิด .${detail}`, en: `a .${detail} file` } : { th: 'ไฟล์ชนิดที่ไม่รู้จัก', en: 'a file of unknown type' };
  }
  return contentKindNames[kind];
}

const contentKindNames: Record<Exclude<ContentKind, 'other' | 'script'>, ContentKindName> = {
  pdf: { th: 'เอกสาร PDF', en: 'a PDF document' },
  png: { th: 'รูปภาพ PNG', en: 'a PNG image' },
  jpeg: { th: 'รูปภาพ JPEG', en: 'a JPEG image' },
  webp: { th: 'รูปภาพ WebP', en: 'a WebP image' },
  gif: { th: 'รูปภาพ GIF', en: 'a GIF image' },
  word: { th: 'เอกสาร Word (.docx)', en: 'a Word document (.docx)' },
  excel: { th: 'ตาราง Excel (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  powerpoint: { th: 'งานนำเสนอ PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' },
  'word-legacy': { th: 'เอกสาร Word แบบเก่า (.doc)', en: 'an old-format Word document (.doc)' },
  'excel-legacy': { th: 'ตาราง Excel แบบเก่า (.xls)', en: 'an old-format Excel workbook (.xls)' },
  'powerpoint-legacy': { th: 'งานนำเสนอ PowerPoint แบบเก่า (.ppt)', en: 'an old-format PowerPoint presentation (.ppt)' },
  'office-encrypted': { th: 'เอกสาร Office ที่ตั้งรหัสผ่าน', en: 'a password-protected Office document' },
  odt: { th: 'เอกสาร OpenDocument (.odt)', en: 'an OpenDocument text (.odt)' },
  ods: { th: 'ตาราง OpenDocument (.ods)', en: 'an OpenDocument spreadsheet (.ods)' },
  odp: { th: 'งานนำเสนอ OpenDocument (.odp)', en: 'an OpenDocument presentation (.odp)' },
  text: { th: 'ข้อความธรรมดา', en: 'plain text' },
  zip: { th: 'ไฟล์บีบอัด ZIP', en: 'a ZIP archive' },
  svg: {
    th: 'รูปภาพ SVG',
    en: 'an SVG image',
    whyTh: 'SVG อาจมีสคริปต์ที่ทำงานในเบราว์เซอร์ได้',
    whyEn: 'SVG can carry scripts that run in the browser',
  },
  html: {
    th: 'หน้าเว็บ HTML',
    en: 'an HTML page',
    whyTh: 'หน้าเว็บมีสคริปต์หรือพาผู้อ่านไปเว็บอื่นได้',
    whyEn: 'a web page can run scripts or send readers elsewhere',
  },
  xml: { th: 'ไฟล์ XML', en: 'an XML file', whyTh: 'เบราว์เซอร์อาจแสดง XML เป็นหน้าเว็บที่มีสคริปต์', whyEn: 'browsers may show XML as a page with scripts' },
  'office-macros': {
    th: 'เอกสาร Office ที่มีแมโคร',
    en: 'an Office document with macros',
    whyTh: 'แมโครเป็นโปรแกรมที่ทำงานบนเครื่องของผู้เปิด',
    whyEn: 'macros are programs that run on the reader’s computer',
  },
  program: {
    th: 'โปรแกรมหรือไฟล์ที่สั่งงานได้',
    en: 'a program or executable file',
    whyTh: 'เว็บไซต์ของหน่วยงานต้องไม่แจกโปรแกรม',
    whyEn: 'an agency website must not hand out programs',
  },
  'compound-other': {
    th: 'ไฟล์แบบ Compound File ที่ไม่ใช่ Word, Excel หรือ PowerPoint (เช่น ตัวติดตั้ง .msi หรืออีเมล .msg)',
    en: 'a compound file that is not Word, Excel or PowerPoint (e.g. an .msi installer or an .msg e-mail)',
  },
  'text-other-encoding': { th: 'ข้อความที่ไม่ได้บันทึกเป็น UTF-8', en: 'text not saved as UTF-8' },
  binary: { th: 'ข้อมูลไบนารี (ไม่ใช่ข้อความ)', en: 'binary data, not text' },
};

/** Why an attachment's text was not searched for personal data. */
export type NotCheckedReason = 'scan-without-text' | 'password-protected' | 'format-not-readable' | 'image';

/** A PDF's or an Office file's compressed parts that the checks could not open. */
const unpackableParts = { th: 'ส่วนที่บีบอัดไว้ซึ่งเปิดตรวจไม่ได้', en: 'compressed parts that cannot be unpacked to be checked' };

/** What makes an Office file act on the reader's computer when opened (src/lib/guards/office-active-content.ts). */
export type ActiveOfficeContent = 'dde' | 'macros' | 'activex' | 'remote-content' | 'unreadable-parts';

/** Each kind of active Office content in words staff recognise. */
export const activeOfficeContentNames: Readonly<Record<ActiveOfficeContent, { th: string; en: string }>> = {
  dde: {
    th: 'คำสั่ง DDE ที่เรียกโปรแกรมอื่นบนเครื่องผู้อ่านเมื่อเปิดไฟล์ (เช่น ฟิลด์ DDEAUTO หรือสูตร cmd|)',
    en: 'a DDE command that starts another program on the reader’s computer when the file is opened (e.g. a DDEAUTO field or a cmd| formula)',
  },
  macros: { th: 'มาโคร (โปรแกรม VBA หรือ Basic ที่อยู่ในไฟล์)', en: 'macros (VBA or Basic code inside the file)' },
  activex: { th: 'ตัวควบคุม ActiveX ซึ่งเป็นโปรแกรม', en: 'ActiveX controls, which are programs' },
  'remote-content': {
    th: 'แม่แบบหรือวัตถุที่ไฟล์ดึงมาจากที่อยู่อื่นเมื่อเปิด',
    en: 'a template or object the file fetches from another address when opened',
  },
  'unreadable-parts': unpackableParts,
};

/** What makes a PDF act on the reader's computer (src/lib/guards/pdf-active-content.ts). */
export type ActivePdfContent =
  'javascript' | 'launch' | 'additional-actions' | 'embedded-file' | 'xfa' | 'submit-form' | 'import-data' | 'rich-media' | 'unreadable-objects';

/** Each kind of active PDF content in words staff recognise. */
export const activePdfContentNames: Readonly<Record<ActivePdfContent, { th: string; en: string }>> = {
  javascript: { th: 'สคริปต์ JavaScript ที่ทำงานเองเมื่อเปิดไฟล์หรือกดในไฟล์', en: 'JavaScript that runs when the file is opened or clicked' },
  launch: { th: 'คำสั่งเปิดโปรแกรมหรือไฟล์อื่นบนเครื่องผู้อ่าน (Launch)', en: 'an action that launches a program or another file on the reader’s computer (Launch)' },
  'additional-actions': {
    th: 'การทำงานอัตโนมัติเมื่อเปิดหรือปิดหน้า หรือเมื่อกดช่องกรอก (/AA)',
    en: 'automatic actions on opening or closing a page or touching a field (/AA)',
  },
  'embedded-file': { th: 'ไฟล์อื่นฝังอยู่ข้างใน (ไฟล์แนบภายใน PDF)', en: 'another file embedded inside it (a PDF attachment)' },
  xfa: { th: 'แบบฟอร์ม XFA ซึ่งมีโปรแกรมในตัว', en: 'an XFA form, which carries its own program' },
  'submit-form': { th: 'ปุ่มที่ส่งข้อมูลแบบฟอร์มออกไปยังที่อยู่อื่น (SubmitForm)', en: 'a button that sends form data to another address (SubmitForm)' },
  'import-data': { th: 'คำสั่งนำเข้าข้อมูลจากไฟล์อื่น (ImportData)', en: 'an action that imports data from another file (ImportData)' },
  'rich-media': { th: 'สื่อฝังที่เล่นได้ เช่น Flash วิดีโอ หรือ 3 มิติ (RichMedia)', en: 'playable embedded media such as Flash, video or 3D (RichMedia)' },
  'unreadable-objects': unpackableParts,
};
