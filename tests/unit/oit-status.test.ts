import { describe, it, expect } from 'vitest';
import { assessCatalogue, compareNewestFirst, summarizeAssessment, type ItemAssessment } from '../../src/lib/oit/status.ts';
import { fixFor } from '../../src/lib/oit/fix.ts';
import { itemStatusLabels as statusLabels } from '../../src/i18n/oit.ts';
import type { Evidence } from '../../src/lib/oit/evidence.ts';
import type { AutomaticCheck, CatalogueItem, OitCatalogue } from '../../src/schemas/oit-catalogue.ts';
import type { Site } from '../../src/schemas/site.ts';
import { makeSite } from '../helpers/site-profile.ts';

const YEAR = 2567;

type Executive = Site['executives'][number];

type ItemSpec = Partial<Omit<CatalogueItem, 'criteria'>> & {
  criteria?: (string | { text: string; check?: AutomaticCheck; element?: string; type?: string; separate?: boolean })[];
};

function makeItem(spec: ItemSpec = {}): CatalogueItem {
  const { criteria = [], ...rest } = spec;
  return {
    code: 'O11',
    title: 'แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี',
    indicator: 9,
    subIndicator: '9.2',
    documentTypes: ['annual-operating-plan'],
    period: 'fiscal-year',
    ...rest,
    sameAs: [],
    criteria: criteria.map((criterion) =>
      typeof criterion === 'string'
        ? { text: criterion, check: undefined, element: undefined, type: undefined, separate: undefined }
        : { type: undefined, separate: undefined, ...criterion },
    ),
  };
}

function makeCatalogue(items: CatalogueItem[], year = YEAR): OitCatalogue {
  return {
    year,
    verified: 'partial',
    weights: { IIT: 30, EIT: 30, OIT: 40 },
    weightsVerified: true,
    passMark: 85,
    tiers: [{ label: 'ผ่าน', minTotal: 85, passes: true }],
    indicators: [{ number: 9, title: 'การเปิดเผยข้อมูล', tool: 'OIT', subIndicators: [{ code: '9.2', title: 'การบริหารงานและการใช้จ่ายงบประมาณ' }] }],
    items,
  };
}

let evidenceCounter = 0;
function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  evidenceCounter += 1;
  const entryId = overrides.entryId ?? `2567/document-${evidenceCounter}`;
  return {
    documentType: 'annual-operating-plan',
    source: 'documents',
    entryId,
    title: `แผนดำเนินงานประจำปีงบประมาณ ฉบับที่ ${evidenceCounter}`,
    url: `/documents/${entryId}/`,
    fiscalYear: YEAR,
    elements: [],
    hasAttachment: false,
    ...overrides,
  };
}

/** Assesses a single item, the way a catalogue page does for each of its items. */
function assessOne(item: CatalogueItem, evidence: Evidence[], asOf = '2024-06-15', site: Site = makeSite()): ItemAssessment {
  const [assessment] = assessCatalogue(makeCatalogue([item]), evidence, site, asOf);
  if (!assessment) throw new Error('no assessment');
  return assessment;
}

const thaiReasons = (assessment: ItemAssessment) => assessment.reasons.map((reason) => reason.th).join(' ');
const englishReasons = (assessment: ItemAssessment) => assessment.reasons.map((reason) => reason.en).join(' ');
const idsOf = (list: Evidence[]) => list.map((evidence) => evidence.entryId);

describe('statusLabels', () => {
  it('names each status in Thai as the public page shows it', () => {
    expect(statusLabels.ok.th).toBe('เผยแพร่แล้ว');
    expect(statusLabels.incomplete.th).toBe('ไม่ครบถ้วน');
    expect(statusLabels['out-of-period'].th).toBe('ไม่อยู่ในรอบเวลา');
    expect(statusLabels.missing.th).toBe('ยังไม่เผยแพร่');
  });
});

describe('assessCatalogue', () => {
  it('assesses every item in catalogue order, matching evidence by document type only', () => {
    const items = [
      makeItem({ code: 'O11', documentTypes: ['annual-operating-plan'] }),
      makeItem({ code: 'O19', title: 'แผนการจัดซื้อจัดจ้าง', documentTypes: ['procurement-plan'] }),
    ];
    const plan = makeEvidence({ documentType: 'procurement-plan', entryId: '2567/procurement-plan' });
    const list = assessCatalogue(makeCatalogue(items), [plan], makeSite(), '2024-06-15');
    expect(list.map((assessment) => [assessment.item.code, assessment.status])).toEqual([
      ['O11', 'missing'],
      ['O19', 'ok'],
    ]);
    expect(idsOf(list[1]?.evidence ?? [])).toEqual(['2567/procurement-plan']);
  });

  it('accepts evidence of any of the item’s types', () => {
    const item = makeItem({ code: 'O42', documentTypes: ['integrity-measures', 'ita-analysis-report'] });
    const analysis = makeEvidence({ documentType: 'ita-analysis-report', entryId: '2567/ita-analysis' });
    expect(assessOne(item, [analysis]).status).toBe('ok');
  });
});

describe('standing items', () => {
  const structure = makeItem({ code: 'O1', title: 'โครงสร้าง', documentTypes: ['org-structure'], period: 'standing' });

  it('counts evidence of any year and from the site profile', () => {
    const old = makeEvidence({ documentType: 'org-structure', fiscalYear: 2560, entryId: '2560/structure' });
    const fromSite = makeEvidence({ documentType: 'org-structure', source: 'site', entryId: undefined, fiscalYear: undefined, url: '/about/structure/' });
    const assessment = assessOne(structure, [old, fromSite]);
    expect(assessment.status).toBe('ok');
    expect(assessment.evidence).toHaveLength(2);
    expect(assessment.otherEvidence).toEqual([]);
    expect(thaiReasons(assessment)).toContain('พบหลักฐาน 2 รายการ');
  });

  it('is missing when there is nothing of its type', () => {
    const assessment = assessOne(structure, [makeEvidence({ documentType: 'executives' })]);
    expect(assessment.status).toBe('missing');
    expect(assessment.evidence).toEqual([]);
    expect(assessment.reasons[0]?.th).toBe('ยังไม่มีข้อมูลหรือเอกสารสำหรับข้อนี้');
  });
});

describe('fiscal-year items', () => {
  const plan = makeItem({ code: 'O11', period: 'fiscal-year' });

  it('is ok with evidence of the assessed year and keeps other years apart', () => {
    const current = makeEvidence({ entryId: '2567/plan', fiscalYear: 2567 });
    const previous = makeEvidence({ entryId: '2566/plan', fiscalYear: 2566 });
    const assessment = assessOne(plan, [previous, current]);
    expect(assessment.status).toBe('ok');
    expect(idsOf(assessment.evidence)).toEqual(['2567/plan']);
    expect(idsOf(assessment.otherEvidence)).toEqual(['2566/plan']);
    expect(thaiReasons(assessment)).toContain('ปีงบประมาณ พ.ศ. 2567 1 รายการ');
  });

  it('counts site evidence, which has no fiscal year, as current', () => {
    const channel = makeItem({ code: 'O28', documentTypes: ['corruption-complaint-channel'], period: 'fiscal-year' });
    const fromSite = makeEvidence({ documentType: 'corruption-complaint-channel', source: 'site', fiscalYear: undefined, url: '/complaints/' });
    expect(assessOne(channel, [fromSite]).status).toBe('ok');
  });

  it('is out of period when only other years have evidence, naming those years in BE', () => {
    const assessment = assessOne(plan, [
      makeEvidence({ entryId: '2565/plan', fiscalYear: 2565 }),
      makeEvidence({ entryId: '2566/plan', fiscalYear: 2566 }),
      makeEvidence({ entryId: '2568/plan', fiscalYear: 2568 }),
    ]);
    expect(assessment.status).toBe('out-of-period');
    expect(assessment.evidence).toEqual([]);
    expect(idsOf(assessment.otherEvidence)).toEqual(['2568/plan', '2566/plan', '2565/plan']);
    expect(assessment.reasons[0]?.th).toBe('พบหลักฐาน 3 รายการ แต่เป็นของปีงบประมาณ พ.ศ. 2568, 2566, 2565 ไม่ใช่ปีงบประมาณ พ.ศ. 2567 ที่ต้องการ');
    expect(assessment.reasons[0]?.en).toContain('not fiscal year 2567');
  });

  it('is missing when no year has evidence', () => {
    const assessment = assessOne(plan, []);
    expect(assessment.status).toBe('missing');
    expect(thaiReasons(assessment)).toContain('ยังไม่มีหลักฐานของปีงบประมาณ พ.ศ. 2567');
  });

  it('uses the catalogue year as the assessed year', () => {
    const evidence = [makeEvidence({ fiscalYear: 2568 })];
    const [for2568] = assessCatalogue(makeCatalogue([plan], 2568), evidence, makeSite(), '2025-06-15');
    const [for2567] = assessCatalogue(makeCatalogue([plan], 2567), evidence, makeSite(), '2025-06-15');
    expect(for2568?.status).toBe('ok');
    expect(for2567?.status).toBe('out-of-period');
  });
});

describe('first-half items', () => {
  const report = makeItem({
    code: 'O12',
    title: 'รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน',
    documentTypes: ['budget-monitoring-6-month-report'],
    period: 'first-half',
    criteria: [{ text: 'ครอบคลุมอย่างน้อย 6 เดือนแรกในปีงบประมาณ พ.ศ. 2567', check: 'covers-first-half' }],
  });
  const reportEvidence = (overrides: Partial<Evidence>) => makeEvidence({ documentType: 'budget-monitoring-6-month-report', ...overrides });

  it.each(['6-month', '12-month'] as const)('is ok with a %s report of the year', (round) => {
    const assessment = assessOne(report, [reportEvidence({ round })]);
    expect(assessment.status).toBe('ok');
    expect(assessment.missingCriteria).toEqual([]);
  });

  it('is incomplete when the year’s report does not state its round', () => {
    const assessment = assessOne(report, [reportEvidence({ round: undefined })]);
    expect(assessment.status).toBe('incomplete');
    expect(assessment.missingCriteria).toEqual([{ text: 'ครอบคลุมอย่างน้อย 6 เดือนแรกในปีงบประมาณ พ.ศ. 2567', check: 'covers-first-half' }]);
    expect(thaiReasons(assessment)).toContain('ไม่ได้ระบุรอบรายงาน');
    expect(thaiReasons(assessment)).toContain('ตุลาคม 2566 – มีนาคม 2567');
  });

  it('applies the period rule even when the catalogue does not word it as a criterion', () => {
    const unworded = makeItem({ ...report, criteria: [] });
    const assessment = assessOne(unworded, [reportEvidence({ round: undefined })]);
    expect(assessment.status).toBe('incomplete');
    expect(assessment.missingCriteria.map((criterion) => criterion.check)).toEqual(['covers-first-half']);
    expect(assessment.missingCriteria[0]?.text).toContain('6 เดือนแรกของปีงบประมาณ พ.ศ. 2567');
  });

  it('is out of period when only another year has a report', () => {
    const assessment = assessOne(report, [reportEvidence({ fiscalYear: 2566, round: '6-month' })]);
    expect(assessment.status).toBe('out-of-period');
    expect(assessment.otherEvidence).toHaveLength(1);
  });

  it('is missing but not yet due before the first half has ended', () => {
    const assessment = assessOne(report, [], '2024-03-31');
    expect(assessment.status).toBe('missing');
    expect(thaiReasons(assessment)).toContain('ยังไม่ถึงกำหนด');
    expect(englishReasons(assessment)).toContain('not yet due');
  });

  it('is missing and due once the first half is over', () => {
    const assessment = assessOne(report, [], '2024-04-01');
    expect(assessment.status).toBe('missing');
    expect(thaiReasons(assessment)).not.toContain('ยังไม่ถึงกำหนด');
  });
});

describe('monthly items', () => {
  const summaries = makeItem({
    code: 'O21',
    title: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
    documentTypes: ['procurement-monthly-summary'],
    period: 'monthly',
    criteria: [
      { text: 'มีสรุปผลการจัดซื้อจัดจ้างทุกเดือนในปีงบประมาณ พ.ศ. 2567 ที่ผ่านมาแล้ว', check: 'every-elapsed-month' },
      'แต่ละรายการแสดงวงเงินงบประมาณ ราคากลาง และผู้ได้รับการคัดเลือก',
    ],
  });
  const summaryOf = (month: string, fiscalYear = YEAR) =>
    makeEvidence({
      documentType: 'procurement-monthly-summary',
      month,
      fiscalYear,
      entryId: `${fiscalYear}/procurement-${month}`,
      title: `สรุปผลการจัดซื้อจัดจ้าง ${month}`,
    });
  const fiscal2567Months = ['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'];

  it('is ok before the year starts if a summary is already there, since no month is due', () => {
    const assessment = assessOne(summaries, [summaryOf('2023-10')], '2023-09-20');
    expect(assessment.status).toBe('ok');
    expect(assessment.missingMonths).toEqual([]);
    expect(thaiReasons(assessment)).toContain('ยังไม่มีเดือนที่ต้องมีสรุป');
  });

  it('is missing but not yet due before the year starts when there is nothing', () => {
    const assessment = assessOne(summaries, [], '2023-09-20');
    expect(assessment.status).toBe('missing');
    expect(assessment.missingMonths).toEqual([]);
    expect(thaiReasons(assessment)).toContain('ยังไม่ถึงกำหนด');
  });

  it('is incomplete inside the year when an elapsed month has no summary, naming the month in Thai', () => {
    const evidence = ['2023-10', '2023-11', '2024-01'].map((month) => summaryOf(month));
    const assessment = assessOne(summaries, evidence, '2024-01-20');
    expect(assessment.status).toBe('incomplete');
    expect(assessment.missingMonths).toEqual(['2023-12']);
    expect(assessment.missingCriteria.map((criterion) => criterion.check)).toEqual(['every-elapsed-month']);
    expect(thaiReasons(assessment)).toContain('ยังไม่มีสรุปของเดือน ธันวาคม 2566 (มีแล้ว 2 จาก 3 เดือน)');
    expect(englishReasons(assessment)).toContain('December 2023');
  });

  it('is ok inside the year when every completed month has a summary; the current month is not yet due', () => {
    const evidence = ['2023-10', '2023-11', '2023-12'].map((month) => summaryOf(month));
    const assessment = assessOne(summaries, evidence, '2024-01-20');
    expect(assessment.status).toBe('ok');
    expect(assessment.missingMonths).toEqual([]);
  });

  it('after the year has ended, judges as of its last day: eleven months are due, September is not yet', () => {
    const complete = assessOne(
      summaries,
      fiscal2567Months.filter((month) => month !== '2024-09').map((month) => summaryOf(month)),
      '2024-11-01',
    );
    const lacking = assessOne(
      summaries,
      fiscal2567Months.filter((month) => month !== '2024-08').map((month) => summaryOf(month)),
      '2024-11-01',
    );
    expect(complete.status).toBe('ok');
    expect(lacking.status).toBe('incomplete');
    expect(lacking.missingMonths).toEqual(['2024-08']);
  });

  it('finds no month in a summary of the year that does not state its month', () => {
    const undated = makeEvidence({ documentType: 'procurement-monthly-summary', month: undefined });
    const assessment = assessOne(summaries, [undated], '2023-11-15');
    expect(assessment.status).toBe('incomplete');
    expect(assessment.missingMonths).toEqual(['2023-10']);
  });

  it('is out of period when only another year has summaries', () => {
    const assessment = assessOne(summaries, [summaryOf('2023-09', 2566)], '2024-01-20');
    expect(assessment.status).toBe('out-of-period');
    expect(assessment.missingMonths).toEqual(['2023-10', '2023-11', '2023-12']);
    expect(thaiReasons(assessment)).toContain('พ.ศ. 2566');
  });

  it('is missing when there is nothing, listing the months that are due', () => {
    const assessment = assessOne(summaries, [], '2023-12-15');
    expect(assessment.status).toBe('missing');
    expect(assessment.missingMonths).toEqual(['2023-10', '2023-11']);
    expect(thaiReasons(assessment)).toContain('ต้องมีสรุปแล้ว 2 เดือน (ตุลาคม 2566 – พฤศจิกายน 2566)');
  });
});

describe('previous-fiscal-year items', () => {
  const annual = makeItem({ code: 'O13', title: 'รายงานผลการดำเนินงานประจำปี', documentTypes: ['annual-performance-report'], period: 'previous-fiscal-year' });
  const annualOf = (fiscalYear: number) => makeEvidence({ documentType: 'annual-performance-report', fiscalYear, entryId: `${fiscalYear}/annual-report` });

  it('is ok with the report of the year before the assessed one', () => {
    const assessment = assessOne(annual, [annualOf(2566)]);
    expect(assessment.status).toBe('ok');
    expect(thaiReasons(assessment)).toContain('ปีงบประมาณ พ.ศ. 2566');
  });

  it('is out of period with only the assessed year’s own report', () => {
    const assessment = assessOne(annual, [annualOf(2567)]);
    expect(assessment.status).toBe('out-of-period');
    expect(assessment.reasons[0]?.th).toContain('ไม่ใช่ปีงบประมาณ พ.ศ. 2566');
  });

  it('is missing with no report', () => {
    const assessment = assessOne(annual, []);
    expect(assessment.status).toBe('missing');
    expect(thaiReasons(assessment)).toContain('ยังไม่มีหลักฐานของปีงบประมาณ พ.ศ. 2566');
  });
});

describe('automatic checks', () => {
  const executivesItem = (check: AutomaticCheck, text: string) =>
    makeItem({ code: 'O2', title: 'ข้อมูลผู้บริหาร', documentTypes: ['executives'], period: 'standing', criteria: [{ text, check }] });
  const executivesEvidence = makeEvidence({ documentType: 'executives', source: 'site', fiscalYear: undefined, url: '/about/executives/' });
  const complete: Executive = { name: 'นายสมชาย ใจดี', position: 'นายกองค์การบริหารส่วนตำบลตะโก', photo: 'images/mayor.jpg', phones: ['044-000000'] };

  const deputyComplete: Executive = { ...complete, name: 'นางสาวสมศรี มีสุข', position: 'รองนายกองค์การบริหารส่วนตำบลตะโก' };
  it.each<[AutomaticCheck, string, (executive: Executive) => Executive]>([
    ['executive-name', 'ผู้บริหารแต่ละคนมีชื่อ-นามสกุล', ({ name: _name, ...rest }) => rest],
    ['executive-position', 'ผู้บริหารแต่ละคนมีตำแหน่ง', (executive) => ({ ...executive, position: ' ' })],
    ['executive-photo', 'ผู้บริหารแต่ละคนมีรูปถ่าย', ({ photo: _photo, ...rest }) => rest],
    ['executive-contact', 'ผู้บริหารแต่ละคนมีช่องทางการติดต่อ', ({ email: _email, ...rest }) => ({ ...rest, phones: [] })],
  ])('%s fails when one executive lacks it and names that executive', (check, text, removeIt) => {
    const deputy = removeIt(deputyComplete);
    const site = makeSite({ executives: [complete, deputy] });
    const assessment = assessOne(executivesItem(check, text), [executivesEvidence], '2024-06-15', site);
    expect(assessment.status).toBe('incomplete');
    expect(assessment.missingCriteria).toEqual([{ text, check }]);
    expect(thaiReasons(assessment)).toContain(text);
    expect(thaiReasons(assessment)).toContain(deputy.name ?? deputy.position);
    expect(thaiReasons(assessment)).not.toContain('นายสมชาย');
  });

  it.each(['executive-name', 'executive-position', 'executive-photo', 'executive-contact'] as const)('%s passes when every executive has it', (check) => {
    const site = makeSite({ executives: [complete, { ...complete, name: 'นายสมปอง รักดี', position: 'รองนายกองค์การบริหารส่วนตำบลตะโก' }] });
    expect(assessOne(executivesItem(check, 'เกณฑ์ข้อมูลผู้บริหาร'), [executivesEvidence], '2024-06-15', site).status).toBe('ok');
  });

  it('executive-contact accepts an e-mail address without a phone', () => {
    const site = makeSite({ executives: [{ ...complete, phones: [], email: 'mayor@tako.go.th' }] });
    expect(assessOne(executivesItem('executive-contact', 'มีช่องทางการติดต่อ'), [executivesEvidence], '2024-06-15', site).status).toBe('ok');
  });

  it('executive checks fail when no executive is listed at all', () => {
    const fromDocument = makeEvidence({ documentType: 'executives' });
    const assessment = assessOne(executivesItem('executive-name', 'มีชื่อ-นามสกุล'), [fromDocument], '2024-06-15', makeSite({ executives: [] }));
    expect(assessment.status).toBe('incomplete');
    expect(thaiReasons(assessment)).toContain('ยังไม่มีรายชื่อผู้บริหาร');
  });

  describe('dated-in-year', () => {
    const news = makeItem({
      code: 'O7',
      title: 'ข่าวประชาสัมพันธ์',
      documentTypes: ['news'],
      criteria: [{ text: 'แสดงข่าวประชาสัมพันธ์ในปีงบประมาณ พ.ศ. 2567', check: 'dated-in-year' }],
    });
    const newsItem = (date: string | undefined) => makeEvidence({ documentType: 'news', source: 'news', date });

    it.each([
      ['a full date', '2024-02-14'],
      ['a month', '2023-10'],
    ])('passes with %s inside the fiscal year', (_label, date) => {
      expect(assessOne(news, [newsItem(date)]).status).toBe('ok');
    });

    it('fails when the only date lies outside the fiscal year', () => {
      const assessment = assessOne(news, [newsItem('2023-09-30')]);
      expect(assessment.status).toBe('incomplete');
      expect(assessment.missingCriteria).toEqual([{ text: 'แสดงข่าวประชาสัมพันธ์ในปีงบประมาณ พ.ศ. 2567', check: 'dated-in-year' }]);
    });

    it('fails when nothing is dated, saying how many are undated', () => {
      const assessment = assessOne(news, [newsItem(undefined), newsItem(undefined)]);
      expect(assessment.status).toBe('incomplete');
      expect(thaiReasons(assessment)).toContain('(2 รายการไม่ได้ระบุวันที่)');
    });
  });

  describe('has-attachment', () => {
    const gifts = makeItem({
      code: 'O33',
      title: 'รายงานผลตามนโยบาย No Gift Policy',
      documentTypes: ['no-gift-report'],
      criteria: [{ text: 'มีไฟล์รายงานฉบับลงนามประกอบ', check: 'has-attachment' }],
    });

    it('passes when one in-period piece has a file', () => {
      const evidence = [
        makeEvidence({ documentType: 'no-gift-report', hasAttachment: false }),
        makeEvidence({ documentType: 'no-gift-report', hasAttachment: true }),
      ];
      expect(assessOne(gifts, evidence).status).toBe('ok');
    });

    it('fails when only an out-of-period piece has a file', () => {
      const evidence = [
        makeEvidence({ documentType: 'no-gift-report', hasAttachment: false }),
        makeEvidence({ documentType: 'no-gift-report', fiscalYear: 2566, hasAttachment: true }),
      ];
      const assessment = assessOne(gifts, evidence);
      expect(assessment.status).toBe('incomplete');
      expect(assessment.missingCriteria.map((criterion) => criterion.check)).toEqual(['has-attachment']);
    });
  });

  describe('online-corruption-channel', () => {
    const channel = makeItem({
      code: 'O28',
      title: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      documentTypes: ['corruption-complaint-channel'],
      period: 'standing',
      criteria: [{ text: 'มีช่องทางออนไลน์สำหรับแจ้งเรื่องร้องเรียนการทุจริต', check: 'online-corruption-channel' }],
    });
    const fromSite = makeEvidence({ documentType: 'corruption-complaint-channel', source: 'site', fiscalYear: undefined, url: '/complaints/' });

    it('passes with an online form', () => {
      const site = makeSite({ complaints: { corruptionFormUrl: 'https://www.tako.go.th/complaint' } });
      expect(assessOne(channel, [fromSite], '2024-06-15', site).status).toBe('ok');
    });

    it('fails when the corruption form is the general complaint form’s page, however the address is written', () => {
      const general = 'https://www.tako.go.th/complaints/';
      for (const form of [
        general,
        'http://www.tako.go.th/complaints/',
        'https://WWW.TAKO.GO.TH/complaints',
        'https://www.tako.go.th/complaints/#corruption',
        'https://www.tako.go.th/complaints?topic=corruption',
        'https://www.tako.go.th:443/complaints//',
      ]) {
        const site = makeSite({ complaints: { generalFormUrl: general, corruptionFormUrl: form } });
        const assessment = assessOne(channel, [fromSite], '2024-06-15', site);
        expect(assessment.status, form).toBe('incomplete');
        expect(assessment.missingCriteria.map((criterion) => criterion.check)).toEqual(['online-corruption-channel']);
        expect(thaiReasons(assessment)).toContain('หน้าเดียวกับแบบฟอร์มร้องเรียนทั่วไป');
        expect(englishReasons(assessment)).toContain('not a channel separate from general complaints');
      }
    });

    it('fails when the corruption form is one of the general social channels, and passes with a page of its own', () => {
      const onFacebook = makeSite({
        social: [{ name: 'Facebook', url: 'https://www.facebook.com/tako.sao' }],
        complaints: { corruptionFormUrl: 'http://www.facebook.com/tako.sao/' },
      });
      expect(assessOne(channel, [fromSite], '2024-06-15', onFacebook).status).toBe('incomplete');
      const separate = makeSite({
        complaints: { generalFormUrl: 'https://www.tako.go.th/complaints/', corruptionFormUrl: 'https://www.tako.go.th/complaints/corruption/' },
      });
      expect(assessOne(channel, [fromSite], '2024-06-15', separate).status).toBe('ok');
      // Another host is another page even with the same path.
      const elsewhere = makeSite({ complaints: { generalFormUrl: 'https://www.tako.go.th/form', corruptionFormUrl: 'https://forms.tako.go.th/form' } });
      expect(assessOne(channel, [fromSite], '2024-06-15', elsewhere).status).toBe('ok');
    });

    it('fails with only a hotline', () => {
      const assessment = assessOne(channel, [fromSite], '2024-06-15', makeSite({ complaints: { hotline: '044-111111' } }));
      expect(assessment.status).toBe('incomplete');
      expect(thaiReasons(assessment)).toContain('corruptionFormUrl');
    });
  });

  it('are not evaluated without in-period evidence, so nothing is listed as a missing criterion', () => {
    const item = makeItem({ criteria: [{ text: 'มีไฟล์แนบ', check: 'has-attachment' }] });
    const assessment = assessOne(item, [makeEvidence({ fiscalYear: 2566 })]);
    expect(assessment.status).toBe('out-of-period');
    expect(assessment.missingCriteria).toEqual([]);
  });

  it('leave criteria without a check to people: never missing, but counted in the reasons', () => {
    const item = makeItem({ criteria: ['แผนระบุโครงการและงบประมาณ', 'แผนลงนามโดยผู้บริหาร'] });
    const assessment = assessOne(item, [makeEvidence()]);
    expect(assessment.status).toBe('ok');
    expect(assessment.missingCriteria).toEqual([]);
    expect(thaiReasons(assessment)).toContain('เกณฑ์อีก 2 ข้อ');
  });

  it('list every failed criterion, each with its own reason', () => {
    const item = makeItem({
      criteria: [
        { text: 'ลงวันที่ในปีงบประมาณ', check: 'dated-in-year' },
        { text: 'มีไฟล์แนบ', check: 'has-attachment' },
      ],
    });
    const assessment = assessOne(item, [makeEvidence({ date: undefined, hasAttachment: false })]);
    expect(assessment.missingCriteria.map((criterion) => criterion.text)).toEqual(['ลงวันที่ในปีงบประมาณ', 'มีไฟล์แนบ']);
    expect(assessment.reasons.filter((reason) => reason.th.startsWith('ยังไม่ผ่านเกณฑ์'))).toHaveLength(2);
  });
});

describe('evidence order', () => {
  it('lists standing information first, then newer fiscal years, then later dates, undated last', () => {
    const item = makeItem({ period: 'standing' });
    const evidence = [
      makeEvidence({ entryId: 'old', fiscalYear: 2565, date: '2022-01-10' }),
      makeEvidence({ entryId: 'undated', fiscalYear: 2567, date: undefined }),
      makeEvidence({ entryId: 'early', fiscalYear: 2567, date: '2023-11-01' }),
      makeEvidence({ entryId: 'site', source: 'site', fiscalYear: undefined }),
      makeEvidence({ entryId: 'late', fiscalYear: 2567, date: '2024-05-20' }),
      makeEvidence({ entryId: 'by-month', fiscalYear: 2567, month: '2024-02' }),
    ];
    expect(idsOf(assessOne(item, evidence).evidence)).toEqual(['site', 'late', 'by-month', 'early', 'undated', 'old']);
  });

  it('sorts out-of-period evidence newest first too', () => {
    const evidence = [makeEvidence({ entryId: 'a', fiscalYear: 2564 }), makeEvidence({ entryId: 'b', fiscalYear: 2566 })];
    expect(idsOf(assessOne(makeItem(), evidence).otherEvidence)).toEqual(['b', 'a']);
  });

  it('puts undated evidence after dated evidence of the same year, whichever side it is on', () => {
    const dated = makeEvidence({ fiscalYear: 2567, date: '2023-10-01' });
    const undated = makeEvidence({ fiscalYear: 2567, date: undefined });
    expect(compareNewestFirst(undated, dated)).toBeGreaterThan(0);
    expect(compareNewestFirst(dated, undated)).toBeLessThan(0);
  });

  it('breaks ties by title so the order is stable', () => {
    const first = makeEvidence({ title: 'ก แผนงาน', date: '2024-01-01' });
    const second = makeEvidence({ title: 'ข แผนงาน', date: '2024-01-01' });
    expect(compareNewestFirst(first, second)).toBeLessThan(0);
    expect(compareNewestFirst(second, first)).toBeGreaterThan(0);
  });
});

describe('summarizeAssessment', () => {
  it('counts each status', () => {
    const items = [
      makeItem({ code: 'O1', documentTypes: ['org-structure'], period: 'standing' }),
      makeItem({ code: 'O11' }),
      makeItem({ code: 'O13', documentTypes: ['annual-performance-report'], period: 'previous-fiscal-year' }),
      makeItem({ code: 'O36', documentTypes: ['anti-corruption-plan'], criteria: [{ text: 'มีไฟล์แนบ', check: 'has-attachment' }] }),
      makeItem({ code: 'O19', documentTypes: ['procurement-plan'] }),
      makeItem({ code: 'O22', documentTypes: ['procurement-annual-report'], period: 'previous-fiscal-year' }),
    ];
    const evidence = [
      makeEvidence({ documentType: 'org-structure', source: 'site', fiscalYear: undefined }),
      makeEvidence({ documentType: 'annual-performance-report', fiscalYear: 2567 }),
      makeEvidence({ documentType: 'anti-corruption-plan', hasAttachment: false }),
      makeEvidence({ documentType: 'procurement-plan' }),
      makeEvidence({ documentType: 'procurement-annual-report', fiscalYear: 2565 }),
    ];
    const list = assessCatalogue(makeCatalogue(items), evidence, makeSite(), '2024-06-15');
    expect(summarizeAssessment(list)).toEqual({ total: 6, ok: 2, incomplete: 1, outOfPeriod: 2, missing: 1 });
  });
});

// The rules in ../shared/reference/oit-catalogue.md ("How an assessor judges an item"); each expectation is written from them.
describe('as an assessor judges: what was online on the date', () => {
  const plan = makeItem({ code: 'O19', documentTypes: ['procurement-plan'], criteria: [{ text: 'ลงวันที่ในปีงบประมาณ', check: 'dated-in-year' }] });

  it('does not count a document posted after the as-of date, and says so', () => {
    const later = makeEvidence({ documentType: 'procurement-plan', date: '2024-01-10', postedOn: '2024-05-02' });
    const assessment = assessOne(plan, [later], '2024-03-31');
    expect(assessment.status).toBe('missing');
    expect(idsOf(assessment.notYetOnline)).toEqual([later.entryId]);
    expect(englishReasons(assessment)).toContain('was not online yet');
    expect(englishReasons(assessment)).toContain('posted 2 May 2024');
    expect(assessOne(plan, [later], '2024-05-02').status).toBe('ok');
  });

  it('does not let a report posted after the assessed year ended answer that year', () => {
    const lateReport = makeEvidence({ documentType: 'procurement-plan', date: '2024-09-20', postedOn: '2024-10-03' });
    const assessment = assessOne(plan, [lateReport], '2024-12-31');
    expect(assessment.status).toBe('missing');
    expect(englishReasons(assessment)).toContain('posted after fiscal year 2567 ended');
  });

  it('takes a plan of the year approved and posted in the September before it as that year’s plan', () => {
    const early = makeEvidence({ documentType: 'procurement-plan', date: '2023-09-25', postedOn: '2023-09-26' });
    expect(assessOne(plan, [early], '2024-03-31').status).toBe('ok');
    // Seven months early is no longer "shortly before" unless staff said why.
    const tooEarly = makeEvidence({ documentType: 'procurement-plan', date: '2023-02-25' });
    expect(assessOne(plan, [tooEarly], '2024-03-31').status).toBe('incomplete');
    expect(assessOne(plan, [{ ...tooEarly, fiscalYearReason: 'อนุมัติแผนล่วงหน้าตามมติสภา' }], '2024-03-31').status).toBe('ok');
  });
});

describe('as an assessor judges: spans, quarters and parts', () => {
  it('counts a multi-year development plan while its span includes the year, and an expired one as out of period', () => {
    const item = makeItem({ code: 'O4', documentTypes: ['development-plan'], period: 'standing' });
    const current = makeEvidence({ documentType: 'development-plan', fiscalYear: 2566, lastFiscalYear: 2570 });
    const expired = makeEvidence({ documentType: 'development-plan', fiscalYear: 2561, lastFiscalYear: 2565 });
    expect(assessOne(item, [current, expired]).status).toBe('ok');
    expect(idsOf(assessOne(item, [current, expired]).evidence)).toEqual([current.entryId]);
    expect(assessOne(item, [expired]).status).toBe('out-of-period');
  });

  it('counts a span document for each fiscal-year item of a year inside its span', () => {
    const item = makeItem({ code: 'O23', documentTypes: ['hr-policy'] });
    expect(assessOne(item, [makeEvidence({ documentType: 'hr-policy', fiscalYear: 2565, lastFiscalYear: 2569, date: '2021-09-20' })]).status).toBe('ok');
  });

  it('needs the whole first half: a 6-, 9- or 12-month round, or quarters 1 and 2 together; a 3-month report or one quarter is incomplete', () => {
    const item = makeItem({ code: 'O12', documentTypes: ['budget-monitoring-6-month-report'], period: 'first-half' });
    const report = (fields: Partial<Evidence>) => makeEvidence({ documentType: 'budget-monitoring-6-month-report', ...fields });
    expect(assessOne(item, [report({ round: '9-month' })]).status).toBe('ok');
    expect(assessOne(item, [report({ quarter: 1 }), report({ quarter: 2 })]).status).toBe('ok');
    const threeMonths = assessOne(item, [report({ round: '3-month' })]);
    expect(threeMonths.status).toBe('incomplete');
    expect(thaiReasons(threeMonths)).toContain('ยังไม่ครบครึ่งปีแรก');
    expect(assessOne(item, [report({ quarter: 2 })]).status).toBe('incomplete');
  });

  it('needs every part of a several-part criterion, and names the missing part', () => {
    const item = makeItem({
      code: 'O40',
      documentTypes: ['ethics-promotion'],
      criteria: [
        { text: 'มีคณะทำงานด้านจริยธรรม', element: 'ethics-working-group' },
        { text: "มีแนวทาง Dos & Don'ts", element: 'ethics-dos-and-donts' },
        { text: 'มีการอบรมด้านจริยธรรม', element: 'ethics-training' },
      ],
    });
    const order = makeEvidence({ documentType: 'ethics-promotion', elements: ['ethics-working-group'] });
    const training = makeEvidence({ documentType: 'ethics-promotion', elements: ['ethics-training'] });
    const partly = assessOne(item, [order, training]);
    expect(partly.status).toBe('incomplete');
    expect(partly.missingElements).toEqual(['ethics-dos-and-donts']);
    expect(partly.missingCriteria).toEqual([{ text: "มีแนวทาง Dos & Don'ts", element: 'ethics-dos-and-donts' }]);
    const guide = makeEvidence({ documentType: 'ethics-promotion', elements: ['ethics-dos-and-donts'] });
    expect(assessOne(item, [order, training, guide]).status).toBe('ok');
  });

  it('checks the contact information part by part and names each missing part', () => {
    const item = makeItem({
      code: 'O5',
      documentTypes: ['contact'],
      period: 'standing',
      criteria: [
        { text: 'ที่อยู่', check: 'has-address' },
        { text: 'โทรศัพท์', check: 'has-phone' },
        { text: 'อีเมล', check: 'has-email' },
        { text: 'แผนที่', check: 'has-map' },
      ],
    });
    const contact = makeEvidence({ documentType: 'contact', source: 'site', fiscalYear: undefined, entryId: undefined });
    const addressOnly = assessOne(item, [contact], undefined, makeSite({ phones: [], email: undefined, map: undefined }));
    expect(addressOnly.status).toBe('incomplete');
    expect(addressOnly.missingCriteria.map((criterion) => criterion.check)).toEqual(['has-phone', 'has-email', 'has-map']);
    expect(thaiReasons(addressOnly)).toContain('หมายเลขโทรศัพท์');
    expect(thaiReasons(addressOnly)).toContain('อีเมล');
    const fix = fixFor(addressOnly, [], 'content');
    expect(fix?.siteField).toBe('phones, email, map');
    expect(fix?.th).toContain('หมายเลขโทรศัพท์ของสำนักงาน (ช่อง phones)');
    const noEmail = assessOne(item, [contact], undefined, makeSite({ phones: ['044-000000'], email: undefined, map: { latitude: 15.1, longitude: 102.6 } }));
    expect(noEmail.missingCriteria.map((criterion) => criterion.check)).toEqual(['has-email']);
    const all = makeSite({ phones: ['044-000000'], email: 'saraban@tako.go.th', map: { latitude: 15.1, longitude: 102.6 } });
    expect(assessOne(item, [contact], undefined, all).status).toBe('ok');
  });

  it('asks the site profile for a map where the criterion checks for one', () => {
    const item = makeItem({ code: 'O5', documentTypes: ['contact'], period: 'standing', criteria: [{ text: 'มีแผนที่ตั้ง', check: 'has-map' }] });
    const contact = makeEvidence({ documentType: 'contact', source: 'site', fiscalYear: undefined, entryId: undefined });
    expect(assessOne(item, [contact]).status).toBe('incomplete');
    expect(assessOne(item, [contact], undefined, makeSite({ map: { latitude: 15.1, longitude: 102.6 } })).status).toBe('ok');
  });
});

describe('as an assessor judges: an item that asks for several things', () => {
  const planAndReport = makeItem({
    code: 'O6',
    documentTypes: ['annual-operating-plan', 'budget-monitoring-6-month-report'],
    criteria: [
      { text: 'แผนดำเนินงานประจำปี', check: 'dated-in-year', type: 'annual-operating-plan' },
      { text: 'รายงานความก้าวหน้ารอบ 6 เดือน', check: 'covers-first-half', type: 'budget-monitoring-6-month-report', separate: true },
    ],
  });
  const plan = makeEvidence({ documentType: 'annual-operating-plan', date: '2023-10-20' });
  const report = makeEvidence({ documentType: 'budget-monitoring-6-month-report', date: '2024-04-10', round: '6-month' });

  it('needs every part: the plan alone leaves the report missing, with the report’s own command as the fix', () => {
    const assessment = assessOne(planAndReport, [plan], '2024-06-15');
    expect(assessment.status).toBe('incomplete');
    expect(assessment.missingCriteria).toEqual([{ text: 'รายงานความก้าวหน้ารอบ 6 เดือน', type: 'budget-monitoring-6-month-report' }]);
    expect(fixFor(assessment, [], 'content')?.command).toBe('npm run new -- document budget-monitoring-6-month-report');
    expect(assessOne(planAndReport, [plan, report], '2024-06-15').status).toBe('ok');
  });

  it('runs a part’s check on that part only: a plan with a round does not make the report cover the first half', () => {
    const quarterReport = makeEvidence({ documentType: 'budget-monitoring-6-month-report', date: '2024-01-10', round: '3-month' });
    const planWithRound = { ...plan, round: '6-month' as const };
    const assessment = assessOne(planAndReport, [planWithRound, quarterReport], '2024-06-15');
    expect(assessment.status).toBe('incomplete');
    expect(assessment.missingCriteria.map((criterion) => criterion.check)).toEqual(['covers-first-half']);
  });

  it('does not let one document filed as both the plan and its report answer both parts', () => {
    const both = makeEvidence({ documentType: 'annual-operating-plan', entryId: '2567/plan-and-report', date: '2024-04-10' });
    const sameAsReport = { ...both, documentType: 'budget-monitoring-6-month-report', round: '6-month' as const };
    const assessment = assessOne(planAndReport, [both, sameAsReport], '2024-06-15');
    expect(assessment.status).toBe('incomplete');
    expect(thaiReasons(assessment)).toContain('ต้องเป็นเอกสารแยกกัน');
    // With a plan of its own beside it, the combined document can be the report.
    expect(assessOne(planAndReport, [both, sameAsReport, plan], '2024-06-15').status).toBe('ok');
  });

  it('lets one document answer two parts that need not be separate (structure and duties on one page)', () => {
    const structureAndDuties = makeItem({
      code: 'O1',
      period: 'standing',
      documentTypes: ['org-structure', 'duties-and-powers'],
      criteria: [
        { text: 'แผนผังโครงสร้าง', type: 'org-structure' },
        { text: 'อำนาจหน้าที่', type: 'duties-and-powers' },
      ],
    });
    const page = makeEvidence({ documentType: 'org-structure', entryId: '2562/structure-and-duties', fiscalYear: undefined });
    expect(assessOne(structureAndDuties, [page]).status).toBe('incomplete');
    expect(assessOne(structureAndDuties, [page, { ...page, documentType: 'duties-and-powers' }]).status).toBe('ok');
  });
});

describe('as an assessor judges: what went online after the as-of date', () => {
  const developmentPlan = makeItem({ code: 'O4', documentTypes: ['development-plan'], period: 'standing' });
  const expired = makeEvidence({
    documentType: 'development-plan',
    fiscalYear: 2561,
    lastFiscalYear: 2565,
    date: '2017-06-15',
    title: 'แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561–2565)',
  });
  const successor = makeEvidence({
    documentType: 'development-plan',
    fiscalYear: 2566,
    lastFiscalYear: 2570,
    date: '2022-06-20',
    postedOn: '2024-05-02',
    title: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)',
  });

  it('says the plan in force was not online yet and when the newer one was posted, not a fiscal year "undefined"', () => {
    const assessment = assessOne(developmentPlan, [expired, successor], '2024-03-31');
    expect(assessment.status).toBe('out-of-period');
    const all = `${thaiReasons(assessment)} ${englishReasons(assessment)}`;
    expect(all).not.toMatch(/undefined|NaN|null/);
    expect(assessment.reasons[0]!.th).toContain('ยังไม่อยู่บนเว็บไซต์');
    expect(assessment.reasons[0]!.th).toContain('2 พฤษภาคม 2567');
    expect(thaiReasons(assessment)).toContain('2561–2565');
    expect(idsOf(assessment.answersLater)).toEqual([successor.entryId]);
  });

  it('says an expired plan is not in force when no newer one exists', () => {
    const assessment = assessOne(developmentPlan, [expired], '2024-03-31');
    expect(assessment.status).toBe('out-of-period');
    expect(englishReasons(assessment)).toContain('does not cover fiscal year 2567');
    expect(englishReasons(assessment)).not.toMatch(/undefined/);
  });

  it('names a measure’s late round, not the measure, and does not call the measure late', () => {
    const report = makeItem({ code: 'O43', documentTypes: ['integrity-measures-report'], criteria: [{ text: 'ในปีงบประมาณ', check: 'dated-in-year' }] });
    const measure = { documentType: 'integrity-measures-report', source: 'measures' as const, entryId: '2567/open-procurement', title: 'มาตรการเปิดเผยข้อมูล' };
    const sixMonth = makeEvidence({ ...measure, round: '6-month', date: '2024-04-20', postedOn: '2024-04-20' });
    const twelveMonth = makeEvidence({ ...measure, round: '12-month', date: '2024-10-15', postedOn: '2024-10-15' });
    const assessment = assessOne(report, [sixMonth, twelveMonth], '2024-12-31');
    expect(assessment.status).toBe('ok');
    const late = assessment.reasons.find((reason) => reason.en.includes('too late'));
    expect(late?.th).toContain('มาตรการเปิดเผยข้อมูล — ผลการดำเนินการรอบ 12 เดือน');
    expect(late?.th).not.toContain('รอบ 6 เดือน');
  });
});

describe('as an assessor judges: monthly summaries', () => {
  const item = makeItem({ code: 'O21', documentTypes: ['procurement-monthly-summary'], period: 'monthly' });
  const summary = (month: string, postedOn?: string) => makeEvidence({ documentType: 'procurement-monthly-summary', month, postedOn });

  it('reports a month not yet online as missing and one posted after the end of the following month as late', () => {
    const months = ['2023-10', '2023-11', '2023-12', '2024-01', '2024-02'];
    const evidence = months.map((month) => summary(month, month === '2023-12' ? '2024-05-10' : `${month}-28`));
    // On 31 March: December's summary is not online yet (posted in May), so it is missing, and March is not due.
    const march = assessOne(item, evidence, '2024-03-31');
    expect(march.status).toBe('incomplete');
    expect(march.missingMonths).toEqual(['2023-12']);
    expect(march.lateMonths).toEqual([]);
    // On 30 June it is online, but late.
    const june = assessOne(item, evidence, '2024-06-30');
    expect(june.missingMonths).toEqual(['2024-03', '2024-04', '2024-05']);
    expect(june.lateMonths).toEqual(['2023-12']);
    expect(englishReasons(june)).toContain('went online late');
  });

  it('judges a date after the year as of the year’s last day: September is not due, and what went online later does not count', () => {
    const year = [...['2023-10', '2023-11', '2023-12'], ...['01', '02', '03', '04', '05', '06', '07', '08'].map((month) => `2024-${month}`)].map((month) =>
      summary(month, `${month}-28`),
    );
    const afterYear = assessOne(item, [...year, summary('2024-09', '2024-10-05')], '2024-12-31');
    expect(afterYear.status).toBe('ok');
    expect(afterYear.missingMonths).toEqual([]);
    expect(idsOf(afterYear.evidence)).toHaveLength(11);
  });
});
