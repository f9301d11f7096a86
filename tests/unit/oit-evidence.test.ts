import { describe, it, expect } from 'vitest';
import { collectEvidence, defaultSiteFile, type Evidence } from '../../src/lib/oit/evidence.ts';
import type { ContentModel, Entry } from '../../src/lib/content/model.ts';
import type { Site } from '../../src/schemas/site.ts';
import type { DocumentType } from '../../src/schemas/document-types.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import type { MeasureData } from '../../src/schemas/measure.ts';
import type { DeclarationData } from '../../src/schemas/declaration.ts';
import type { NewsData } from '../../src/schemas/news.ts';
import type { QaData } from '../../src/schemas/qa.ts';
import { makeSite } from '../helpers/site-profile.ts';

const vocabularyIds = [
  'org-structure',
  'executives',
  'duties-and-powers',
  'contact',
  'social-network',
  'corruption-complaint-channel',
  'news',
  'qa',
  'procurement-plan',
  'procurement-monthly-summary',
  'budget-monitoring-6-month-report',
  'integrity-measures',
  'integrity-measures-report',
  'no-gift-announcement',
  'integrity-intent-declaration',
  'hr-policy',
  'hr-criteria',
  'privacy-policy',
  'service-manual',
];

function documentType(id: string): DocumentType {
  return { id, th: `ประเภท ${id}`, en: `Type ${id}`, source: 'documents' };
}

function entry<T>(collection: string, id: string, data: T): Entry<T> {
  return { id, file: `content/${collection}/${id}.md`, data, body: '', html: '' };
}

function makeDocument(id: string, data: Partial<DocumentData> & Pick<DocumentData, 'type' | 'fiscalYear'>): Entry<DocumentData> {
  return entry('documents', id, { title: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', attachments: [], measures: [], otherTypes: [], elements: [], ...data });
}

function makeMeasure(id: string, data: Partial<MeasureData> & Pick<MeasureData, 'stage'>): Entry<MeasureData> {
  return entry('measures', id, {
    title: 'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
    fiscalYear: 2567,
    category: 'procurement-transparency',
    guidelines: [],
    steps: ['จัดอบรมให้ความรู้แก่คณะกรรมการตรวจการจ้าง'],
    responsibleUnit: 'กองคลัง',
    rounds: [],
    indicators: [],
    ...data,
  });
}

function makeDeclaration(id: string, data: Partial<DeclarationData> & Pick<DeclarationData, 'kind'>): Entry<DeclarationData> {
  return entry('declarations', id, {
    title: 'ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปี 2567',
    fiscalYear: 2567,
    declaredBy: { position: 'นายกองค์การบริหารส่วนตำบลตะโก' },
    measures: [],
    ...data,
  });
}

function makeModel(overrides: Partial<ContentModel> = {}): ContentModel {
  return {
    site: makeSite(),
    documentTypes: vocabularyIds.map(documentType),
    catalogues: [],
    scores: [],
    documents: [],
    measures: [],
    declarations: [],
    news: [],
    qa: [],
    pages: [],
    ...overrides,
  };
}

const ofType = (list: Evidence[], type: string) => list.filter((evidence) => evidence.documentType === type);
const typesOf = (list: Evidence[]) => list.map((evidence) => evidence.documentType).sort();

describe('collectEvidence: documents', () => {
  it('turns a document into evidence of its type with its year, dates, round, month and attachments', () => {
    const model = makeModel({
      documents: [
        makeDocument('2567/procurement-2024-01', {
          title: 'สรุปผลการจัดซื้อจัดจ้างประจำเดือนมกราคม 2567',
          type: 'procurement-monthly-summary',
          fiscalYear: 2567,
          period: { month: '2024-01' },
          published: '2024-02-05',
          attachments: [{ file: 'sor-kor-ror-1.pdf', title: 'แบบ สขร.1' }],
        }),
      ],
    });
    const [evidence] = ofType(collectEvidence(model), 'procurement-monthly-summary');
    expect(evidence).toEqual({
      documentType: 'procurement-monthly-summary',
      source: 'documents',
      entryId: '2567/procurement-2024-01',
      file: 'content/documents/2567/procurement-2024-01.md',
      title: 'สรุปผลการจัดซื้อจัดจ้างประจำเดือนมกราคม 2567',
      url: '/documents/2567/procurement-2024-01/',
      fiscalYear: 2567,
      lastFiscalYear: undefined,
      date: '2024-02-05',
      // Without a separate posting date, the date on the document is when it went online.
      postedOn: '2024-02-05',
      round: undefined,
      quarter: undefined,
      month: '2024-01',
      elements: [],
      fiscalYearReason: undefined,
      hasAttachment: true,
    });
  });

  it('is evidence of each type the document is, with its span, posting date and the parts of criteria it supplies', () => {
    const model = makeModel({
      documents: [
        makeDocument('2567/hr-plan', {
          title: 'แผนการบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. 2567–2569',
          type: 'hr-policy',
          otherTypes: ['hr-criteria'],
          fiscalYear: 2567,
          lastFiscalYear: 2569,
          published: '2023-09-25',
          posted: '2023-10-02',
          elements: ['ethics-training'],
        }),
        makeDocument('2567/undated-month', { type: 'procurement-plan', fiscalYear: 2567, published: '2024-02' }),
      ],
    });
    const evidence = collectEvidence(model);
    expect(ofType(evidence, 'hr-policy').map((item) => item.entryId)).toEqual(['2567/hr-plan']);
    expect(ofType(evidence, 'hr-criteria')).toEqual([{ ...ofType(evidence, 'hr-policy')[0], documentType: 'hr-criteria' }]);
    expect(ofType(evidence, 'hr-criteria')[0]).toMatchObject({
      fiscalYear: 2567,
      lastFiscalYear: 2569,
      date: '2023-09-25',
      postedOn: '2023-10-02',
      elements: ['ethics-training'],
    });
    // Only the month known: taken as online at its end, so it never counts as online too early.
    expect(ofType(evidence, 'procurement-plan')[0]?.postedOn).toBe('2024-02-29');
  });

  it('counts the privacy policy page, and any page that names its type, as standing evidence', () => {
    const model = makeModel({
      pages: [
        { id: 'privacy-policy', file: 'content/pages/privacy-policy.md', data: { title: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล' }, body: '', html: '' },
        {
          id: 'service-guide',
          file: 'content/pages/service-guide.md',
          data: { title: 'คู่มือการให้บริการ', type: 'service-manual', updated: '2024-01-10' },
          body: '',
          html: '',
        },
        { id: 'website-policy', file: 'content/pages/website-policy.md', data: { title: 'นโยบายเว็บไซต์' }, body: '', html: '' },
      ],
    });
    const fromPages = collectEvidence(model).filter((evidence) => evidence.source === 'pages');
    expect(fromPages.map((evidence) => [evidence.documentType, evidence.url, evidence.fiscalYear])).toEqual([
      ['privacy-policy', '/privacy-policy/', undefined],
      ['service-manual', '/service-guide/', undefined],
    ]);
  });

  it('keeps the report round and reports a document without files as having no attachment', () => {
    const model = makeModel({
      documents: [
        makeDocument('2567/budget-6-month', {
          title: 'รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน',
          type: 'budget-monitoring-6-month-report',
          fiscalYear: 2567,
          period: { round: '6-month' },
        }),
      ],
    });
    const [evidence] = ofType(collectEvidence(model), 'budget-monitoring-6-month-report');
    expect(evidence?.round).toBe('6-month');
    expect(evidence?.hasAttachment).toBe(false);
    expect(evidence?.date).toBeUndefined();
  });

  it('ignores a document whose type the vocabulary does not know', () => {
    const model = makeModel({
      documents: [
        makeDocument('2567/plan', { type: 'procurement-plan', fiscalYear: 2567 }),
        makeDocument('2567/odd', { title: 'เอกสารประเภทที่เลิกใช้แล้ว', type: 'retired-type', fiscalYear: 2567 }),
      ],
    });
    const fromDocuments = collectEvidence(model).filter((evidence) => evidence.source === 'documents');
    expect(fromDocuments.map((evidence) => evidence.entryId)).toEqual(['2567/plan']);
  });
});

describe('collectEvidence: site profile', () => {
  it('offers only contact information for a bare profile, since the address is always there', () => {
    const siteEvidence = collectEvidence(makeModel()).filter((evidence) => evidence.source === 'site');
    expect(siteEvidence).toEqual([
      { documentType: 'contact', source: 'site', file: defaultSiteFile, title: 'ประเภท contact (ที่อยู่)', url: '/contact/', elements: [], hasAttachment: false },
    ]);
  });

  it('titles contact and complaint evidence with the parts it has, and no more', () => {
    const site = makeSite({
      phones: ['044-000000'],
      email: undefined,
      map: undefined,
      complaints: { hotline: '044-111111', generalFormUrl: 'https://www.tako.go.th/complaints/' },
    });
    const evidence = collectEvidence(makeModel({ site }));
    expect(ofType(evidence, 'contact').map((entry) => entry.title)).toEqual(['ประเภท contact (ที่อยู่, โทรศัพท์)']);
    expect(ofType(evidence, 'corruption-complaint-channel').map((entry) => entry.title)).toEqual(['ประเภท corruption-complaint-channel (สายด่วน)']);
  });

  it('offers every site-derived type with its page when the profile is filled in', () => {
    const site = makeSite({
      executives: [{ name: 'นายสมชาย ใจดี', position: 'นายกองค์การบริหารส่วนตำบลตะโก', phones: ['044-000000'] }],
      units: [{ id: 'palad', name: 'สำนักปลัด' }],
      dutiesAndPowers: [{ text: 'จัดให้มีและบำรุงรักษาทางน้ำและทางบก', law: 'พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 67' }],
      social: [{ name: 'Facebook', url: 'https://www.facebook.com/tako' }],
      complaints: { corruptionFormUrl: 'https://www.tako.go.th/complaint' },
    });
    const siteEvidence = collectEvidence(makeModel({ site })).filter((evidence) => evidence.source === 'site');
    const urlOf = Object.fromEntries(siteEvidence.map((evidence) => [evidence.documentType, evidence.url]));
    expect(urlOf).toEqual({
      'org-structure': '/about/structure/',
      executives: '/about/executives/',
      'duties-and-powers': '/about/duties/',
      contact: '/contact/',
      'social-network': '/contact/',
      'corruption-complaint-channel': '/complaints/',
    });
    expect(siteEvidence.every((evidence) => evidence.fiscalYear === undefined && evidence.date === undefined)).toBe(true);
  });

  it('counts the organisation chart alone as the structure, with the chart as its attachment', () => {
    const withChart = collectEvidence(makeModel({ site: makeSite({ orgChart: 'images/org-chart.png' }) }));
    const withUnitsOnly = collectEvidence(makeModel({ site: makeSite({ units: [{ id: 'klang', name: 'กองคลัง' }] }) }));
    expect(ofType(withChart, 'org-structure').map((evidence) => evidence.hasAttachment)).toEqual([true]);
    expect(ofType(withUnitsOnly, 'org-structure').map((evidence) => evidence.hasAttachment)).toEqual([false]);
  });

  it.each([
    ['corruptionFormUrl', { corruptionFormUrl: 'https://www.tako.go.th/complaint' }],
    ['hotline', { hotline: '044-111111' }],
    ['email', { email: 'complaint@tako.go.th' }],
    ['address', { address: 'ตู้ ปณ. 1 อำเภอห้วยแถลง' }],
  ] as const)('takes a corruption complaint channel from %s alone', (_field, complaints) => {
    const evidence = collectEvidence(makeModel({ site: makeSite({ complaints }) }));
    expect(ofType(evidence, 'corruption-complaint-channel')).toHaveLength(1);
  });

  it('does not take a general complaint form as a corruption complaint channel', () => {
    const site = makeSite({ complaints: { generalFormUrl: 'https://www.tako.go.th/feedback' } });
    expect(ofType(collectEvidence(makeModel({ site })), 'corruption-complaint-channel')).toEqual([]);
  });

  it('leaves out site types the vocabulary lacks and names the site file the caller gives', () => {
    const model = makeModel({
      site: makeSite({ social: [{ name: 'LINE', url: 'https://line.me/ti/p/tako' }] }),
      documentTypes: ['contact'].map(documentType),
    });
    const evidence = collectEvidence(model, 'data/site.yaml');
    expect(typesOf(evidence)).toEqual(['contact']);
    expect(evidence[0]?.file).toBe('data/site.yaml');
  });
});

describe('collectEvidence: news and Q&A', () => {
  it('dates news by its date and derives the fiscal year from it', () => {
    const news: Entry<NewsData>[] = [
      entry('news', 'road-repair', { title: 'อบต.ตะโกซ่อมแซมถนนลูกรังหมู่ 5', date: '2023-10-05', attachments: [] }),
      entry('news', 'tax-deadline', {
        title: 'ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง',
        date: '2023-09-30',
        attachments: [{ file: 'tax.pdf', title: 'ประกาศ' }],
      }),
    ];
    const evidence = ofType(collectEvidence(makeModel({ news })), 'news');
    expect(evidence.map((item) => [item.entryId, item.fiscalYear, item.date, item.url, item.hasAttachment])).toEqual([
      ['road-repair', 2567, '2023-10-05', '/news/item/road-repair/', false],
      ['tax-deadline', 2566, '2023-09-30', '/news/item/tax-deadline/', true],
    ]);
  });

  it('titles a question by the question and dates it when it was asked', () => {
    const qa: Entry<QaData>[] = [entry('qa', '2567/water-supply', { question: 'ขอทราบกำหนดการซ่อมประปาหมู่บ้าน', asked: '2024-03-02', answered: '2024-03-10' })];
    const [evidence] = ofType(collectEvidence(makeModel({ qa })), 'qa');
    expect(evidence).toMatchObject({
      source: 'qa',
      title: 'ขอทราบกำหนดการซ่อมประปาหมู่บ้าน',
      date: '2024-03-02',
      fiscalYear: 2567,
      url: '/qa/#2567-water-supply',
    });
  });
});

describe('collectEvidence: measures', () => {
  it('offers a recommended measure as the measures themselves only', () => {
    const measures = [makeMeasure('2567/discretion-oversight', { stage: 'recommended', rounds: [{ round: '6-month', result: 'ดำเนินการแล้ว' }] })];
    const evidence = collectEvidence(makeModel({ measures }));
    expect(typesOf(evidence.filter((item) => item.source === 'measures'))).toEqual(['integrity-measures']);
  });

  it('offers an implemented measure without any result as the measures only, since its rounds are still due', () => {
    const measures = [makeMeasure('2567/no-gift', { stage: 'implemented', rounds: [{ round: '6-month' }, { round: '12-month' }] })];
    const evidence = collectEvidence(makeModel({ measures }));
    expect(typesOf(evidence.filter((item) => item.source === 'measures'))).toEqual(['integrity-measures']);
  });

  it('offers an implemented measure with a result as both types, the report taking the round reported', () => {
    const measures = [
      makeMeasure('2567/procurement-transparency', {
        stage: 'implemented',
        rounds: [{ round: '6-month', date: '2024-04-10', result: 'จัดอบรมคณะกรรมการตรวจการจ้างแล้ว' }, { round: '12-month' }],
      }),
    ];
    const evidence = collectEvidence(makeModel({ measures }));
    expect(typesOf(evidence)).toContain('integrity-measures');
    const [report] = ofType(evidence, 'integrity-measures-report');
    expect(report).toMatchObject({ round: '6-month', date: '2024-04-10', url: '/measures/2567/procurement-transparency/', fiscalYear: 2567 });
  });

  it('takes the 12-month round as the latest once it has a result', () => {
    const measures = [
      makeMeasure('2567/procurement-transparency', {
        stage: 'implemented',
        rounds: [
          { round: '12-month', date: '2024-10-15', result: 'ไม่เกิดการทุจริตในการจัดซื้อจัดจ้าง' },
          { round: '6-month', date: '2024-04-10', result: 'จัดอบรมคณะกรรมการตรวจการจ้างแล้ว' },
        ],
      }),
    ];
    const [report] = ofType(collectEvidence(makeModel({ measures })), 'integrity-measures-report');
    expect(report?.round).toBe('12-month');
    expect(report?.date).toBe('2024-10-15');
  });

  it('is one report per reported round, each online from its date (an undated round is taken as online)', () => {
    const measures = [
      makeMeasure('2567/anti-bribery-standard', {
        title: 'การสร้างมาตรฐานป้องกันการรับสินบน',
        stage: 'implemented',
        rounds: [
          { round: '6-month', date: '2024-04-10', result: 'ส่งสมาชิกสภาท้องถิ่นเข้ารับการอบรมแล้ว' },
          { round: '12-month', result: 'ไม่เห็นแก่ประโยชน์ส่วนตนมากขึ้น' },
        ],
      }),
    ];
    const reports = ofType(collectEvidence(makeModel({ measures })), 'integrity-measures-report');
    expect(reports.map((report) => [report.round, report.date, report.postedOn])).toEqual([
      ['6-month', '2024-04-10', '2024-04-10'],
      ['12-month', undefined, undefined],
    ]);
  });
});

describe('collectEvidence: declarations', () => {
  it('maps each kind to its type, with its date and whether the signed copy is there', () => {
    const declarations = [
      makeDeclaration('2567/no-gift', { kind: 'no-gift-policy', date: '2023-10-02', signed: { file: 'signed.pdf', title: 'ประกาศฉบับลงนาม' } }),
      makeDeclaration('2567/integrity-intent', {
        title: 'ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2567',
        kind: 'integrity-intent',
      }),
    ];
    const evidence = collectEvidence(makeModel({ declarations }));
    expect(evidence.filter((item) => item.source === 'declarations').map((item) => [item.documentType, item.date, item.hasAttachment, item.url])).toEqual([
      ['no-gift-announcement', '2023-10-02', true, '/declarations/2567/no-gift/'],
      ['integrity-intent-declaration', undefined, false, '/declarations/2567/integrity-intent/'],
    ]);
  });
});
