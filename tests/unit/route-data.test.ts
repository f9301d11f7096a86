import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentModel, Entry } from '../../src/lib/content/model.ts';
import { measureSchema, type MeasureData } from '../../src/schemas/measure.ts';
import { documentSchema, type DocumentData } from '../../src/schemas/document.ts';
import { declarationSchema, type DeclarationData } from '../../src/schemas/declaration.ts';
import { newsSchema, type NewsData } from '../../src/schemas/news.ts';
import { qaSchema, type QaData } from '../../src/schemas/qa.ts';
import type { ItaResult } from '../../src/schemas/ita-result.ts';
import { measureListRoute, measurePageRoute } from '../../src/lib/routes/measures.ts';
import { documentPageRoute } from '../../src/lib/routes/documents.ts';
import { declarationListRoute, documentTypePages, documentYearPages, newsPages, qaRoute, sitemapRoute } from '../../src/lib/routes/listings.ts';
import { itaIndexRoute, itaYearRoute } from '../../src/lib/routes/ita.ts';
import { oitItemRoute } from '../../src/lib/routes/oit-item.ts';
import { fileRoutes } from '../../src/lib/routes/files.ts';
import type { ItemAssessment } from '../../src/lib/oit/status.ts';
import type { Evidence } from '../../src/lib/oit/evidence.ts';
import type { OitCatalogue } from '../../src/schemas/oit-catalogue.ts';
import { pageSize } from '../../src/lib/site/pagination.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

// In-memory entries: each page's data is judged on a model written here, not on a fixture folder.
const entry = <T>(collection: string, id: string, data: T): Entry<T> => ({ id, file: `content/${collection}/${id}.md`, data, body: '', html: '' });
const measure = (id: string, fields: Record<string, unknown>): Entry<MeasureData> =>
  entry(
    'measures',
    id,
    measureSchema.parse({
      title: `มาตรการ ${id}`,
      fiscalYear: 2567,
      stage: 'implemented',
      category: 'no-gift',
      steps: ['ประกาศ'],
      responsibleUnit: 'สำนักปลัด',
      ...fields,
    }),
  );
const document = (id: string, fields: Record<string, unknown>): Entry<DocumentData> =>
  entry('documents', id, documentSchema.parse({ title: `เอกสาร ${id}`, type: 'annual-plan', fiscalYear: 2567, ...fields }));
const declaration = (id: string, fields: Record<string, unknown>): Entry<DeclarationData> =>
  entry(
    'declarations',
    id,
    declarationSchema.parse({ title: `ประกาศ ${id}`, kind: 'no-gift-policy', fiscalYear: 2567, declaredBy: { position: 'นายก อบต.' }, ...fields }),
  );
const news = (id: string, date: string): Entry<NewsData> => entry('news', id, newsSchema.parse({ title: `ข่าว ${id}`, date }));
const qa = (id: string, asked: string): Entry<QaData> => entry('qa', id, qaSchema.parse({ question: `ถาม ${id}`, asked }));
const score = (year: number, total: number): ItaResult =>
  ({ year, reportedTotal: total, tools: { IIT: total, EIT: total, OIT: total } }) as unknown as ItaResult;

const base: ContentModel = {
  site: {} as ContentModel['site'],
  documentTypes: [
    { id: 'annual-plan', th: 'แผนดำเนินงานประจำปี' },
    { id: 'procurement-plan', th: 'แผนการจัดซื้อจัดจ้าง' },
    { id: 'unused-type', th: 'ประเภทที่ไม่มีเอกสาร' },
  ] as ContentModel['documentTypes'],
  catalogues: [
    { id: '2566', file: '', body: '', html: '', data: { year: 2566, indicators: [{ number: 9, title: 'ชื่อเก่า' }] } },
    {
      id: '2567',
      file: '',
      body: '',
      html: '',
      data: {
        year: 2567,
        indicators: [
          { number: 9, title: 'การเปิดเผยข้อมูล' },
          { number: 10, title: 'การป้องกันการทุจริต' },
        ],
      },
    },
  ] as unknown as ContentModel['catalogues'],
  scores: [],
  documents: [],
  measures: [],
  declarations: [],
  news: [],
  qa: [],
  pages: [],
};

describe('/measures/', () => {
  it('lists fiscal years newest first, implemented before recommended, leaving out a stage with no measure', () => {
    const model = {
      ...base,
      measures: [measure('2566/a', { fiscalYear: 2566, stage: 'recommended' }), measure('2567/b', { stage: 'recommended' }), measure('2567/c', {})],
    };
    const { years } = measureListRoute(model);
    expect(years.map((year) => [year.fiscalYear, year.stages.map((stage) => [stage.stage, stage.measures.map((m) => m.id)])])).toEqual([
      [
        2567,
        [
          ['implemented', ['2567/c']],
          ['recommended', ['2567/b']],
        ],
      ],
      [2566, [['recommended', ['2566/a']]]],
    ]);
  });

  it("names a measure's indicators from the latest catalogue and links every document and declaration that cites it", () => {
    const target = measure('2567/no-gift', { indicators: [10, 9] });
    const model = {
      ...base,
      measures: [target],
      documents: [document('2567/report', { measures: ['2567/no-gift'] }), document('2567/other', {})],
      declarations: [declaration('2567/policy', { measures: ['2567/no-gift'] })],
    };
    expect(measurePageRoute(model, target)).toEqual({
      indicators: [
        { number: 10, title: 'การป้องกันการทุจริต' },
        { number: 9, title: 'การเปิดเผยข้อมูล' },
      ],
      reportedIn: [
        { href: '/documents/2567/report/', title: 'เอกสาร 2567/report' },
        { href: '/declarations/2567/policy/', title: 'ประกาศ 2567/policy' },
      ],
    });
  });
});

describe('/documents/<id>/', () => {
  it("shows the type's Thai name and links only the measures the document cites, in the model's order", () => {
    const model = { ...base, measures: [measure('2567/a', {}), measure('2567/b', {}), measure('2567/c', {})] };
    const target = document('2567/plan', { type: 'procurement-plan', measures: ['2567/c', '2567/a'] });
    expect(documentPageRoute(model, target)).toEqual({
      typeLabel: 'แผนการจัดซื้อจัดจ้าง',
      measures: [
        { href: '/measures/2567/a/', title: 'มาตรการ 2567/a' },
        { href: '/measures/2567/c/', title: 'มาตรการ 2567/c' },
      ],
    });
  });
});

describe('lists in pages', () => {
  const documents = Array.from({ length: pageSize + 1 }, (_, index) =>
    document(`2567/d${String(index).padStart(2, '0')}`, { published: `2024-01-${String((index % 28) + 1).padStart(2, '0')}` }),
  );
  const model = { ...base, documents: [...documents, document('2566/old', { fiscalYear: 2566, type: 'procurement-plan', published: '2023-01-05' })] };

  it('splits a fiscal year of more than one page of documents, newest first, and gives an older year its own page', () => {
    const pages = documentYearPages(model);
    expect(pages.map(({ fiscalYear, page }) => [fiscalYear, page.number, page.totalPages, page.items.length])).toEqual([
      [2567, 1, 2, pageSize],
      [2567, 2, 2, 1],
      [2566, 1, 1, 1],
    ]);
    expect(pages[0]!.page.items[0]!.data.published).toBe('2024-01-21');
  });

  it('gives each document type with documents its pages, in the vocabulary order; a type with none has no page', () => {
    expect(documentTypePages(model).map(({ type, page }) => [type.id, page.number])).toEqual([
      ['annual-plan', 1],
      ['annual-plan', 2],
      ['procurement-plan', 1],
    ]);
  });

  it('orders news newest first and answers the latest question first', () => {
    const withNews = {
      ...base,
      news: [news('a', '2024-01-01'), news('b', '2024-03-01'), news('c', '2024-02-01')],
      qa: [qa('x', '2024-01-02'), qa('y', '2024-05-01')],
    };
    expect(newsPages(withNews)[0]!.items.map((item) => item.id)).toEqual(['b', 'c', 'a']);
    expect(qaRoute(withNews).map((item) => item.id)).toEqual(['y', 'x']);
  });

  it('has one empty news page when there is no news, so /news/ exists', () => {
    expect(newsPages(base).map((page) => [page.number, page.items.length])).toEqual([[1, 0]]);
  });

  it('groups declarations by fiscal year, newest first', () => {
    const withDeclarations = { ...base, declarations: [declaration('2566/a', { fiscalYear: 2566 }), declaration('2567/b', {})] };
    expect(declarationListRoute(withDeclarations).map((group) => group.fiscalYear)).toEqual([2567, 2566]);
  });

  it("lists in the sitemap only the years and types that have documents, and the catalogues' and scores' years", () => {
    const lists = sitemapRoute({ ...model, scores: [{ id: '2566', file: '', body: '', html: '', data: score(2566, 80) }] });
    // The procurement section is listed only where procurement is kept as data (its pages exist only then).
    expect(lists.sections.map((section) => section.href)).not.toContain('/procurement/');
    const withProcurement = sitemapRoute({ ...model, procurement: { months: [{ id: '2567/2566-10' } as never], reports: [] } });
    expect(withProcurement.sections.map((section) => section.href)).toContain('/procurement/');
    expect(lists).toMatchObject({
      documentYears: [2567, 2566],
      documentTypes: [base.documentTypes[0], base.documentTypes[1]],
      oitYears: [2566, 2567],
      itaYears: [2566],
      pages: [],
    });
  });
});

describe('/ita/', () => {
  const scores = (years: [number, number][]) => years.map(([year, total]) => ({ id: String(year), file: '', body: '', html: '', data: score(year, total) }));

  it('puts the newest year first and draws the trend when two years or more are reported', () => {
    const route = itaIndexRoute({
      ...base,
      scores: scores([
        [2566, 80],
        [2567, 85.5],
      ]),
    });
    expect(route.results.map((result) => result.year)).toEqual([2567, 2566]);
    expect(route.latest?.year).toBe(2567);
    expect(route.trend).toBeDefined();
  });

  it('draws no trend from one year (the table gives its figures) and has nothing to summarize without results', () => {
    expect(itaIndexRoute({ ...base, scores: scores([[2567, 85.5]]) }).trend).toBeUndefined();
    expect(itaIndexRoute(base)).toEqual({ results: [], latest: undefined, trend: undefined });
  });
});

describe('/ita/<year>/', () => {
  const result = {
    year: 2567,
    reportedTotal: 85.5,
    tools: { IIT: 90, EIT: 80, OIT: 86 },
    indicators: [
      { number: 10, score: 70 },
      { number: 9, score: 95 },
    ],
    recommendations: [
      { tool: 'OIT', indicator: 10, text: 'ปรับปรุง' },
      { tool: 'IIT', text: 'ทั่วไป' },
    ],
    strengths: [{ indicator: 9 }],
    weaknesses: [{ indicator: 3 }],
    reportDocument: '2567/ita-report',
  } as unknown as ItaResult;

  it("names each cited indicator from the year's catalogue, else by its number, and links the report", () => {
    const model = { ...base, documents: [document('2567/ita-report', { title: 'รายงานผล ITA 2567' })] };
    const route = itaYearRoute(model, result);
    expect(route.indicatorNames).toEqual({ 9: 'การเปิดเผยข้อมูล', 10: 'การป้องกันการทุจริต', 3: 'ตัวชี้วัดที่ 3' });
    expect(route.report).toEqual({ href: '/documents/2567/ita-report/', title: 'รายงานผล ITA 2567' });
    expect(route.strongest.map((indicator) => indicator.number)).toEqual([9]);
    expect(route.weakest.map((indicator) => indicator.number)).toEqual([10]);
  });

  it('links no report the content does not have', () => {
    expect(itaYearRoute(base, result).report).toBeUndefined();
  });
});

describe('/oit/<year>/<code>/', () => {
  const catalogue = {
    year: 2567,
    indicators: [{ number: 9, title: 'การเปิดเผยข้อมูล', subIndicators: [{ code: '9.1', title: 'ข้อมูลพื้นฐาน' }] }],
  } as unknown as OitCatalogue;
  const item = {
    code: 'O21',
    title: 'รายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน',
    indicator: 9,
    subIndicator: '9.1',
    period: 'monthly',
    documentTypes: ['annual-plan', 'procurement-plan'],
    criteria: [{ text: 'ครบทุกเดือน', check: 'every-month' }, { text: 'มีส่วนประกอบ', element: 'parts' }, { text: 'ผู้ประเมินพิจารณาเอง' }],
    sameAs: [],
  } as unknown as OitCatalogue['items'][number];
  const evidence: Evidence = {
    documentType: 'procurement-plan',
    source: 'documents',
    entryId: '2567/jan',
    title: 'สรุปผลเดือนมกราคม',
    url: '/documents/2567/jan/',
    fiscalYear: 2567,
    month: '2024-01',
    date: '2024-02-05',
    elements: [],
    hasAttachment: true,
  };
  const assessment = (fields: Partial<ItemAssessment>): ItemAssessment => ({
    item,
    status: 'incomplete',
    evidence: [],
    otherEvidence: [],
    missingCriteria: [],
    missingMonths: [],
    lateMonths: [],
    missingElements: [],
    notYetOnline: [],
    answersLater: [],
    reasons: [],
    ...fields,
  });
  const site = (showOitGaps: boolean) => ({ publishing: { showOitGaps } }) as unknown as ContentModel['site'];

  it("names the indicator, the period and the item's types, and each evidence with its type, year and month", () => {
    const route = oitItemRoute({ ...base, site: site(false) }, catalogue, assessment({ evidence: [evidence] }), []);
    expect(route).toMatchObject({
      title: 'O21 รายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน',
      indicatorTitle: 'การเปิดเผยข้อมูล',
      subIndicatorTitle: 'ข้อมูลพื้นฐาน',
      documentTypesLabel: 'แผนดำเนินงานประจำปี, แผนการจัดซื้อจัดจ้าง',
      showGaps: false,
    });
    expect(route.evidence).toEqual([
      { href: '/documents/2567/jan/', name: 'สรุปผลเดือนมกราคม', typeLabel: 'แผนการจัดซื้อจัดจ้าง', period: 'ปีงบประมาณ พ.ศ. 2567 · มกราคม 2567', date: '2024-02-05' },
    ]);
  });

  it('marks an automatic criterion failed when the checker says so, passed when there is evidence, and leaves the rest to people', () => {
    const failing = oitItemRoute(
      { ...base, site: site(true) },
      catalogue,
      assessment({ evidence: [evidence], missingCriteria: [{ text: 'ครบทุกเดือน' }] as ItemAssessment['missingCriteria'], missingMonths: ['2024-02'] }),
      [],
    );
    expect(failing.showGaps).toBe(true);
    expect(failing.criteria.map((criterion) => criterion.state)).toEqual(['failed', 'passed', 'manual']);
    expect(failing.missingMonths).toEqual(['กุมภาพันธ์ 2567']);
    const empty = oitItemRoute({ ...base, site: site(true) }, catalogue, assessment({}), []);
    expect(empty.criteria.map((criterion) => criterion.state)).toEqual(['no-evidence', 'no-evidence', 'manual']);
  });
});

describe('pages render what their route data gives them', () => {
  const pagesDir = path.join(projectRoot, 'src/pages');
  const pageFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
      item.isDirectory() ? pageFiles(path.join(dir, item.name)) : /\.(astro|ts)$/.test(item.name) ? [path.join(dir, item.name)] : [],
    );
  // Pages that still choose, filter or sort (in front matter or markup); each moves to a route function (issue 22) and leaves this list.
  const stillComputing = new Set<string>([]);

  it.each(pageFiles(pagesDir).map((file) => path.relative(pagesDir, file).split(path.sep).join('/')))('%s', (page) => {
    const computes = /\.(filter|sort|reduce|find|findIndex|some|every)\(/.test(readFileSync(path.join(pagesDir, page), 'utf8'));
    expect(
      computes,
      `${page}: ${computes ? 'it filters, sorts or searches — move that into its route function' : 'no longer computes: take it off stillComputing'}`,
    ).toBe(stillComputing.has(page));
  });
});

describe('fileRoutes (/files/)', () => {
  it('copies each path once, from its first mention, then adds the whole scan texts', () => {
    const routes = fileRoutes(
      [
        { contentPath: 'documents/2567/plan.pdf', projectPath: 'content/documents/2567/plan.pdf' },
        { contentPath: 'site/seal.png', projectPath: 'content/site/seal.png' },
        { contentPath: 'documents/2567/plan.pdf', projectPath: 'elsewhere/plan.pdf' },
      ],
      [{ contentPath: 'documents/2567/scan.pdf.ocr.txt', text: 'ข้อความ' }],
    );
    expect(routes).toEqual([
      { params: { path: 'documents/2567/plan.pdf' }, props: { projectPath: 'content/documents/2567/plan.pdf' } },
      { params: { path: 'site/seal.png' }, props: { projectPath: 'content/site/seal.png' } },
      { params: { path: 'documents/2567/scan.pdf.ocr.txt' }, props: { text: 'ข้อความ' } },
    ]);
    expect(fileRoutes([], [])).toEqual([]);
  });
});
