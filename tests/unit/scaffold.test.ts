import { describe, it, expect, afterAll } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { scaffoldEntry, scaffoldKinds, firstFreePath, periodKindOfType, toBeDate } from '../../src/lib/new-entry/scaffold.ts';
import { placeholderMark } from '../../src/i18n/scaffold.ts';
import { copyFixtureSite, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));
const types = [
  { id: 'procurement-plan', th: 'แผนการจัดซื้อจัดจ้าง', en: 'Plan', source: 'documents' as const },
  { id: 'hr-policy', th: 'นโยบาย', en: 'Policy', source: 'documents' as const },
];

describe('scaffoldEntry', () => {
  it('writes dates with the Buddhist-era year', () => {
    expect(toBeDate('2026-11-24')).toBe('2569-11-24');
  });

  it.each(scaffoldKinds)('writes a %s whose placeholders the build refuses by name, and which validates once they are replaced', async (kind) => {
    const site = await copyFixtureSite('minimal', `scaffold-${kind}`);
    sites.push(site);
    const before = await loadAndValidateContent(site.root);
    const scaffold = scaffoldEntry(kind, { today: '2026-11-24', documentTypes: before.model!.documentTypes, documentType: 'procurement-plan' });
    await site.write(`content/${scaffold.path}`, scaffold.text);
    const untouched = (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.severity === 'error');
    expect(untouched.length).toBeGreaterThan(0);
    for (const problem of untouched) {
      expect(problem.file).toMatch(new RegExp(`${scaffold.path.replace(/[.]/g, '\\.')}$`));
      expect(problem.en).toContain('still the placeholder npm run new wrote');
      expect(problem.line).toBeGreaterThan(0);
    }
    // Staff replace every marked text (here: drop the mark) and delete the body hint; nothing else is wrong with the skeleton.
    await site.write(`content/${scaffold.path}`, scaffold.text.replaceAll(` ${placeholderMark}`, '').replace(/\n[^\n]*หรือลบบรรทัดนี้[^\n]*\n/, '\n'));
    const { problems, model } = await loadAndValidateContent(site.root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(model).toBeDefined();
    // 24 Nov 2026 (CE) is in fiscal year 2570.
    if (kind !== 'news' && kind !== 'qa') expect(scaffold.path).toContain('/2570/');
  });

  it('puts a document in the fiscal year it is about, with the title, span, period and attachment given, and no list of other types', () => {
    const scaffold = scaffoldEntry('document', {
      today: '2026-11-24',
      documentTypes: types,
      documentType: 'procurement-plan',
      title: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567',
      date: '2023-09-25',
      fiscalYear: 2567,
      lastFiscalYear: 2569,
      period: { round: '6-month' },
      attachment: { file: 'procurement-plan-2566-09-25.pdf', title: 'แผน (PDF)' },
    });
    expect(scaffold.path).toBe('documents/2567/procurement-plan-2566-09-25.md');
    expect(scaffold.text).toContain('title: "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567"');
    expect(scaffold.text).toContain('fiscalYear: 2567');
    expect(scaffold.text).toContain('lastFiscalYear: 2569');
    expect(scaffold.text).toContain('published: 2566-09-25');
    expect(scaffold.text).toContain('period:\n  round: 6-month');
    expect(scaffold.text).toContain('  - file: procurement-plan-2566-09-25.pdf');
    expect(scaffold.text).not.toContain('hr-policy');
  });

  it('lists under "กรอกต่อ" only what is still to fill: not a title given, an attachment given, or a period the type does not need', () => {
    const given = scaffoldEntry('document', {
      today: '2024-09-30',
      documentTypes: types,
      documentType: 'procurement-plan',
      title: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568',
      attachment: { file: 'plan.pdf', title: 'แผน (PDF)' },
      periodKind: undefined,
    });
    expect(given.fillIn.join('\n')).not.toMatch(/^title|^attachments|^period/m);
    expect(given.fillIn.join('\n')).toMatch(/^summary/m);
    // A plan answers a fiscal-year item: no period line, not even as a comment.
    expect(given.text).not.toContain('period');
    const bare = scaffoldEntry('document', { today: '2024-09-30', documentTypes: types, documentType: 'procurement-plan' });
    expect(bare.fillIn.join('\n')).toMatch(/^title/m);
    expect(bare.fillIn.join('\n')).toMatch(/^attachments/m);
    expect(bare.fillIn.join('\n')).not.toMatch(/^period/m);
  });

  it('asks a report for its round, and a monthly summary for its month, unless given', () => {
    const report = scaffoldEntry('document', { today: '2024-04-30', documentTypes: types, documentType: 'procurement-plan', periodKind: 'round' });
    expect(report.fillIn.join('\n')).toMatch(/^period: รอบรายงาน/m);
    expect(report.text).toContain('# period:\n#   round: 6-month');
    const monthly = scaffoldEntry('document', { today: '2024-04-30', documentTypes: types, documentType: 'procurement-plan', periodKind: 'month' });
    expect(monthly.fillIn.join('\n')).toMatch(/^period: เดือน/m);
    expect(monthly.text).toContain('# period:\n#   month: 2567-03');
    const given = scaffoldEntry('document', {
      today: '2024-04-30',
      documentTypes: types,
      documentType: 'procurement-plan',
      periodKind: 'month',
      period: { month: '2024-03' },
    });
    expect(given.fillIn.join('\n')).not.toMatch(/^period/m);
    expect(given.text).toContain('period:\n  month: 2567-03');
  });

  it('knows which document types need a period from the catalogues: first-half items a round, monthly items a month', () => {
    const catalogues = [
      {
        items: [
          { documentTypes: ['procurement-plan'], period: 'fiscal-year' },
          { documentTypes: ['progress-report'], period: 'first-half' },
          { documentTypes: ['procurement-monthly-summary'], period: 'monthly' },
        ],
      },
      { items: 'broken' },
    ];
    expect(periodKindOfType(catalogues, 'procurement-plan')).toBeUndefined();
    expect(periodKindOfType(catalogues, 'progress-report')).toBe('round');
    expect(periodKindOfType(catalogues, 'procurement-monthly-summary')).toBe('month');
  });

  it('defaults the fiscal year to the one its date falls in', () => {
    const scaffold = scaffoldEntry('document', { today: '2024-09-30', documentTypes: types, documentType: 'procurement-plan' });
    expect(scaffold.path).toBe('documents/2567/procurement-plan-2567-09-30.md');
    expect(scaffold.text).toContain('published: 2567-09-30');
  });

  it('refuses an unknown document type', () => {
    expect(() => scaffoldEntry('document', { today: '2024-09-30', documentTypes: [], documentType: 'nope' })).toThrow('unknown document type');
  });
});

describe('firstFreePath', () => {
  it('adds a counter when the name is taken', () => {
    const taken = new Set(['news/a.md', 'news/a-2.md']);
    expect(firstFreePath('news/a.md', (candidate) => taken.has(candidate))).toBe('news/a-3.md');
    expect(firstFreePath('news/b.md', (candidate) => taken.has(candidate))).toBe('news/b.md');
  });
});
