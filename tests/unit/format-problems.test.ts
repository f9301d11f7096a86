/**
 * What the build prints about the content: errors first, each file named once; then warnings the agency can act on,
 * each file once; and warnings it cannot act on (the ITA report contradicting itself, already shown on the site with a
 * note) summarized in one line per file — and not at all when the previous build already said the same.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, notedFingerprint, summarizeProblems } from '../../src/lib/content/format-problems.ts';
import type { ContentProblem } from '../../src/lib/content/problem.ts';
import { answerWhileInvalid } from '../../src/lib/content/problem-page.ts';

const scoreNote = (line: number): ContentProblem => ({
  severity: 'warning',
  noted: true,
  file: 'content/scores/2566.yaml',
  line,
  th: `ชื่อตัวชี้วัดไม่ตรง ${line}`,
  en: `label differs ${line}`,
});
const problems: ContentProblem[] = [
  scoreNote(56),
  { severity: 'warning', file: 'content/site.yaml', line: 13, field: 'siteUrl', th: 'siteUrl ยังเป็นที่อยู่ตัวอย่าง', en: 'siteUrl is an example' },
  scoreNote(57),
  { severity: 'error', file: 'content/documents/2567/a.md', line: 3, field: 'published', th: 'วันที่ผิด', en: 'bad date' },
  scoreNote(58),
  { severity: 'error', file: 'content/documents/2567/a.md', line: 4, field: 'type', th: 'ประเภทผิด', en: 'bad type' },
];

describe('formatProblems for the build', () => {
  const text = formatProblems(problems, { noted: 'summary' });
  it('prints errors first, each file named once', () => {
    expect(text.indexOf('วันที่ผิด')).toBeLessThan(text.indexOf('siteUrl'));
    expect(text.split('content/documents/2567/a.md').length - 1).toBe(1);
  });
  it('prints the warning staff can act on in full, after the errors', () => {
    expect(text).toContain('siteUrl ยังเป็นที่อยู่ตัวอย่าง');
    expect(text).toMatch(/คำเตือน 1 รายการ/);
  });
  it('summarizes the noted warnings in one line for their file', () => {
    expect(text).not.toContain('ชื่อตัวชี้วัดไม่ตรง');
    const line = text.split('\n').filter((row) => row.includes('content/scores/2566.yaml'));
    expect(line).toHaveLength(1);
    expect(line[0]).toContain('3 จุด');
    expect(line[0]).toContain('npm run check');
  });
  it('leaves them out when told the previous build said the same', () => {
    expect(formatProblems(problems, { noted: 'omit' })).not.toContain('content/scores/2566.yaml');
  });
  it('npm run check shows every one in full', () => {
    expect(formatProblems(problems)).toContain('ชื่อตัวชี้วัดไม่ตรง 57');
  });
  it('counts them apart in the one-line summary', () => {
    expect(summarizeProblems(problems)).toBe(
      'ผิดพลาด 2 รายการ คำเตือน 1 รายการ ใน 2 ไฟล์ และข้อสังเกตที่เว็บไซต์แสดงพร้อมหมายเหตุแล้ว 3 จุด (2 errors, 1 warning in 2 files; 3 known notes)',
    );
  });
});

describe('notedFingerprint', () => {
  it('is the same for the same noted warnings in any order, and changes when one changes', () => {
    const reordered = [...problems].reverse();
    expect(notedFingerprint(reordered)).toBe(notedFingerprint(problems));
    expect(notedFingerprint([...problems, scoreNote(60)])).not.toBe(notedFingerprint(problems));
    expect(notedFingerprint(problems.filter((problem) => !problem.noted))).toBe('');
  });
});

describe('answerWhileInvalid: no request renders a page while the content is invalid', () => {
  const isPublic = (pathname: string) => pathname === '/favicon.svg';
  it.each([
    [{ method: 'GET', url: '/documents/', accept: 'text/html,application/xhtml+xml' }, 'problem-page'],
    [{ method: 'GET', url: '/', accept: '*/*' }, 'problem-page'],
    [{ method: 'GET', url: '/oit/2567/o1/?q=1', accept: '*/*' }, 'problem-page'],
    [{ method: 'GET', url: '/favicon.ico', accept: 'image/avif,image/webp,*/*' }, 'not-found'],
    [{ method: 'GET', url: '/rss.xml', accept: '*/*' }, 'not-found'],
    [{ method: 'GET', url: '/favicon.svg', accept: 'image/*' }, 'pass'],
    [{ method: 'GET', url: '/@vite/client', accept: '*/*' }, 'pass'],
    [{ method: 'GET', url: '/_astro/page.css', accept: 'text/css' }, 'pass'],
    [{ method: 'GET', url: '/node_modules/.vite/deps/x.js', accept: '*/*' }, 'pass'],
    [{ method: 'POST', url: '/documents/', accept: 'text/html' }, 'pass'],
  ] as const)('%o → %s', (request, expected) => {
    expect(answerWhileInvalid(request, isPublic)).toBe(expected);
  });
});
