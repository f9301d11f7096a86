import { describe, expect, it, afterAll } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { buildCheckReport } from '../../src/lib/check/check-report.ts';
import { formatCheckReport, formatCheckSummaryLine } from '../../src/lib/check/format-check.ts';
import { formatProblems, summarizeProblems } from '../../src/lib/content/format-problems.ts';
import { editorProblemReport } from '../../src/lib/editor/problem-report.ts';
import { fiscalYearRange, shiftIsoDate } from '../../src/lib/calendar/thai-date.ts';
import { copyFixtureSite, projectRoot } from '../../scripts/lib/fixture-site.ts';

/**
 * Issue 27: no message of the checker, the build or the editor's problem panel may print a value that was never filled
 * in. Every reason, missing criterion and fix the checker produces for every fixture agency and the example content, at
 * dates across each catalogue year, and every problem a set of clerk's mistakes produces, in every form staff read it.
 */
const placeholder = /\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]|\$\{/;

/** Every string anywhere inside a value, with where it was found. */
function stringsOf(value: unknown, at = ''): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, `${at}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${at}.${key}`));
  return [];
}

const placeholdersIn = (value: unknown, label: string) =>
  stringsOf(value)
    .filter(({ text }) => placeholder.test(text))
    .map(({ at, text }) => `${label} ${at}: ${text}`);

const sitesDir = path.join(projectRoot, 'tests/fixtures/sites');
const contentDirs = [
  'content',
  ...readdirSync(sitesDir)
    .filter((name) => existsSync(path.join(sitesDir, name, 'content', 'site.yaml')))
    .map((name) => `tests/fixtures/sites/${name}/content`),
];

/** Before the year, its first day, the day before the first half ends, the day after, the last day, and after the year. */
function datesAcross(year: number): string[] {
  const { start, end } = fiscalYearRange(year);
  return [
    shiftIsoDate(start, { months: -1 }),
    start,
    shiftIsoDate(start, { months: 5 }),
    shiftIsoDate(start, { months: 6 }),
    shiftIsoDate(start, { months: 7 }),
    end,
    shiftIsoDate(end, { months: 3 }),
  ];
}

describe('no message prints a value that was never filled in', () => {
  it('finds the example content and the fixture agencies', () => expect(contentDirs.length).toBeGreaterThanOrEqual(6));

  for (const contentDir of contentDirs) {
    it(`checker, build and editor messages for ${contentDir}`, async () => {
      const { model, problems } = await loadAndValidateContent(projectRoot, contentDir);
      const found: string[] = [];
      found.push(...placeholdersIn(problems, 'problem'));
      found.push(...placeholdersIn(formatProblems(problems), 'build output'));
      found.push(...placeholdersIn(summarizeProblems(problems), 'build summary'));
      found.push(...placeholdersIn(editorProblemReport(problems, model !== undefined, new Date()), 'editor panel'));
      expect(model).toBeDefined();
      let reports = 0;
      for (const { data: catalogue } of model!.catalogues) {
        for (const asOf of datesAcross(catalogue.year)) {
          const report = buildCheckReport(model!, catalogue, asOf, `${contentDir}/site.yaml`);
          reports += 1;
          found.push(...placeholdersIn(report, `check ${catalogue.year} ${asOf}`));
          found.push(...placeholdersIn(formatCheckReport(report), `check output ${catalogue.year} ${asOf}`));
          found.push(...placeholdersIn(formatCheckSummaryLine(report), `build's check line ${catalogue.year} ${asOf}`));
        }
      }
      expect(reports).toBeGreaterThan(0);
      expect(found).toEqual([]);
    });
  }
});

describe('a tired clerk’s mistakes give messages without placeholders', () => {
  const scratch = copyFixtureSite('minimal', 'checker-messages-mistakes');
  afterAll(async () => (await scratch).remove());

  it('in the build output and the editor panel', async () => {
    const site = await scratch;
    await site.edit('content/site.yaml', (text) =>
      text
        .replace(
          'phones: ["044-000000"]',
          'phones: 044000000\nemail: saraban at thotsop\nmap:\n  latitude: 15.1\nlogo:\n  image: images/seal.png\nsocial:\n  - name: Facebook\n    url: facebook',
        )
        .replace('shortName: อบต.ทดสอบ', 'shortName:'),
    );
    await site.write(
      'content/documents/2567/broken.md',
      [
        '---',
        'title:',
        'type: procurment-plan',
        'fiscalYear: 2068',
        'published: 20/9/2567',
        'posted: 2567-02-30',
        'period: { round: 7-month }',
        'attachments:',
        '  - file: missing.pdf',
        '---',
        'เนื้อหา',
        '',
      ].join('\n'),
    );
    await site.write('content/documents/2567/not-yaml.md', ['---', 'title: "unterminated', 'type: [procurement-plan', '---', ''].join('\n'));
    await site.write(
      'content/measures/2567/empty.md',
      ['---', 'title: มาตรการ', 'fiscalYear: 2567', 'rounds:', '  - round: 6-month', '    date: 2567-13-01', '---', ''].join('\n'),
    );
    const { model, problems } = await loadAndValidateContent(projectRoot, site.contentDirFromProject);
    expect(model).toBeUndefined();
    expect(problems.filter((problem) => problem.severity === 'error').length).toBeGreaterThanOrEqual(8);
    const found = [
      ...placeholdersIn(problems, 'problem'),
      ...placeholdersIn(formatProblems(problems), 'build output'),
      ...placeholdersIn(summarizeProblems(problems), 'build summary'),
      ...placeholdersIn(editorProblemReport(problems, false, new Date()), 'editor panel'),
    ];
    expect(found).toEqual([]);
  });
});
