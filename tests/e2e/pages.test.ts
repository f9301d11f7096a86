/**
 * Every page type of the built site (the example content with the search fixtures, see global-setup.ts) shows the right
 * content, checked in Chromium against values read from its content/ with the project's own loader; and every internal
 * link of every sitemap page resolves. Expectations come from the model, not from facts of today's example content, so
 * an agency's own content passes as long as its pages are right. Entry pages (documents, measures, declarations) are
 * checked where the sweep samples them; `npm run test:full` checks every entry.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { e2eSite } from './site.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { collectEvidence } from '../../src/lib/oit/evidence.ts';
import { assessCatalogue, type ItemStatus } from '../../src/lib/oit/status.ts';
import { attachmentsOf } from '../../src/lib/attachments/published-attachments.ts';
import { urls } from '../../src/lib/site/urls.ts';

const origin = inject('origin');
const { siteOrigin, sitemapPaths, siteRoot, sweepPaths, builtOn } = await e2eSite();
const swept = new Set(sweepPaths);
/** Entries whose page the sweep visits (all of them under `npm run test:full`). */
const sampled = <T extends { id: string }>(entries: readonly T[], url: (id: string) => string) => entries.filter((entry) => swept.has(url(entry.id)));

const validation = await loadAndValidateContent(siteRoot);
if (!validation.model) throw new Error(`the e2e site's content does not validate: ${JSON.stringify(validation.problems, null, 2)}`);
const model = validation.model;
const { site } = model;

// Expected wording, written out here rather than taken from the code under test.
const thaiMonths = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const thaiMonthsShort = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const statusTh: Record<ItemStatus, string> = { ok: 'เผยแพร่แล้ว', incomplete: 'ไม่ครบถ้วน', 'out-of-period': 'ไม่อยู่ในรอบเวลา', missing: 'ยังไม่เผยแพร่' };
const roundTh = { '6-month': 'รอบ 6 เดือน', '12-month': 'รอบ 12 เดือน' } as const;
const notPublished = 'ยังไม่ได้เผยแพร่ข้อมูลนี้';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const beYear = (iso: string) => Number(iso.slice(0, 4)) + 543;
/** '2024-01' → 'มกราคม 2567'; '2024-01-15' → '15 มกราคม 2567' */
const thaiDate = (iso: string) => {
  const [, month, day] = iso.split('-');
  const text = `${thaiMonths[Number(month) - 1]} ${beYear(iso)}`;
  return day ? `${Number(day)} ${text}` : text;
};
const thaiMonthShort = (iso: string) => `${thaiMonthsShort[Number(iso.slice(5, 7)) - 1]} ${beYear(iso)}`;
const addressParts = [
  site.address.line,
  `ตำบล${site.address.subdistrict}`,
  `อำเภอ${site.address.district}`,
  `จังหวัด${site.address.province}`,
  site.address.postcode,
].filter((part): part is string => Boolean(part));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status(), `GET ${path}`).toBe(200);
  return page;
}

const mainText = async () => norm(await page.locator('main').innerText());
const h1 = async () => norm(await page.locator('main h1').first().innerText());

/** dt → dd text of every `dl.facts` in main. */
function facts(): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const dt of document.querySelectorAll('main dl.facts > dt')) {
      out[(dt.textContent ?? '').replace(/\s+/g, ' ').trim()] = (dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return out;
  });
}

/** The element right after the main heading with this exact text (a list, table or paragraph). */
function afterHeading(heading: string, selector = 'li'): Promise<{ texts: string[]; hrefs: string[] }> {
  return page.evaluate(
    ([headingText, itemSelector]) => {
      const found = [...document.querySelectorAll('main h2, main h3')].find(
        (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() === headingText,
      );
      const next = found?.nextElementSibling;
      if (!next) return { texts: [], hrefs: [] };
      return {
        texts: [...next.querySelectorAll(itemSelector)].map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()),
        hrefs: [...next.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
      };
    },
    [heading, selector] as const,
  );
}

/** The list under a heading, skipping the paragraph that may explain it. */
function afterHeadingList(heading: string): Promise<{ hrefs: string[] }> {
  return page.evaluate((headingText) => {
    const found = [...document.querySelectorAll('main h2, main h3')].find((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() === headingText);
    let next = found?.nextElementSibling;
    while (next && next.tagName !== 'UL') next = next.nextElementSibling;
    return { hrefs: next ? [...next.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '') : [] };
  }, heading);
}

const hrefsIn = (selector: string) => page.$$eval(selector, (links) => links.map((link) => link.getAttribute('href') ?? ''));

async function status(url: string): Promise<number> {
  const response = await fetch(new URL(url, origin));
  await response.arrayBuffer();
  return response.status;
}

describe('home page', () => {
  it('names the agency, its address, the latest ITA result, the latest documents and the quick links', async () => {
    await open(urls.home());
    expect(await h1()).toBe(site.name.th);
    const text = await mainText();
    for (const part of addressParts) expect(text).toContain(part);

    const latest = model.scores.at(-1)?.data;
    if (latest) {
      const ita = norm(await page.locator('main .panel').first().innerText());
      expect(ita).toContain(`ITA ${latest.year}`);
      expect(ita).toContain(latest.reportedTotal.toFixed(2));
      expect(ita).toContain(latest.reportedLevel);
      expect(await hrefsIn('main .panel a')).toContain(urls.itaYear(latest.year));
    }

    const latestHrefs = await hrefsIn('main .card h3 a');
    expect(latestHrefs.length).toBe(Math.min(5, model.documents.length));
    for (const document of model.documents.slice(0, 5)) expect(latestHrefs).toContain(urls.document(document.id));
    for (const document of model.documents.slice(0, 5)) expect(text).toContain(norm(document.data.title));

    const quick = await afterHeading('ลิงก์ด่วน');
    expect(quick.hrefs).toEqual(expect.arrayContaining([urls.oit(), urls.complaints(), urls.ita(), urls.measures(), urls.documents()]));
  });
});

describe('about pages', () => {
  it('/about/ shows the agency profile and links to structure, executives and duties', async () => {
    await open(urls.about());
    expect(await h1()).toBe(site.name.th);
    const text = await mainText();
    for (const part of addressParts) expect(text).toContain(part);
    expect(await hrefsIn('main a')).toEqual(expect.arrayContaining([urls.structure(), urls.executives(), urls.duties()]));
  });

  it('/about/structure/ nests each unit under its parent', async () => {
    await open(urls.structure());
    const tree = await page.evaluate(() => {
      const list = document.querySelector('main h1 ~ ul');
      const ownText = (item: Element) =>
        [...item.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
      return [...(list?.children ?? [])].map((item) => ({ name: ownText(item), children: [...item.querySelectorAll(':scope > ul > li')].map(ownText) }));
    });
    const roots = site.units.filter((unit) => !unit.parent);
    expect(tree.map((node) => node.name)).toEqual(roots.map((unit) => unit.name));
    for (const root of roots) {
      const children = site.units.filter((unit) => unit.parent === root.id).map((unit) => unit.name);
      expect(tree.find((node) => node.name === root.name)?.children, root.name).toEqual(children);
    }
    expect(roots.length).toBeGreaterThan(0);
  });

  it('/about/executives/ lists each executive position with what was published, and no note of what was not', async () => {
    await open(urls.executives());
    const cards = (await page.locator('main .card').allInnerTexts()).map(norm);
    expect(cards.length).toBe(site.executives.length);
    site.executives.forEach((executive, index) => {
      expect(cards[index]).toContain(executive.position);
      if (executive.name) expect(cards[index]).toContain(executive.name);
      expect(cards[index]).not.toContain('ไม่ได้เผยแพร่');
    });
  });

  it('/about/duties/ lists the duties, or says they are not published', async () => {
    await open(urls.duties());
    const text = await mainText();
    if (site.dutiesAndPowers.length === 0) expect(text).toContain(notPublished);
    for (const duty of site.dutiesAndPowers) expect(text).toContain(norm(duty.text));
  });
});

describe('contact and complaints', () => {
  it('/contact/ gives the address, lists only the contacts the agency published, and links the complaints page once it has a channel', async () => {
    await open(urls.contact());
    expect(await h1()).toBe('ติดต่อหน่วยงาน');
    const text = await mainText();
    for (const part of addressParts) expect(text).toContain(part);
    expect(text).not.toContain('ยังไม่ได้เผยแพร่');
    const channels = site.complaints;
    const hasChannel = Boolean(channels.corruptionFormUrl ?? channels.hotline ?? channels.email ?? channels.address);
    if (hasChannel) expect(await hrefsIn('main a')).toContain(urls.complaints());
    // The footer always links the complaints page (O28 asks for it on every page).
    expect(await hrefsIn('footer a')).toContain(urls.complaints());
  });

  it('/complaints/ is its own page, shows each channel given (or one line with the office), and links back to contact', async () => {
    await open(urls.complaints());
    expect(urls.complaints()).not.toBe(urls.contact());
    expect(await h1()).toBe('ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');
    const channels = site.complaints;
    const given = [channels.corruptionFormUrl, channels.hotline, channels.email].filter((channel): channel is string => Boolean(channel));
    const text = await mainText();
    // Without a channel, one line with the office; never a list of what is missing.
    if (given.length === 0 && !channels.address) expect(text).toContain(`ติดต่อ${site.name.th}เรื่องร้องเรียนการทุจริตได้ที่ ${addressParts.join(' ')}`);
    expect(text).not.toMatch(/ยังไม่ได้|ไม่ได้ระบุ/);
    for (const channel of given) expect(text).toContain(channel);
    expect(await hrefsIn('main a')).toContain(urls.contact());
  });
});

describe('documents', () => {
  const years = [...new Set(model.documents.map((document) => document.data.fiscalYear))];
  const types = model.documentTypes.filter((type) => model.documents.some((document) => document.data.type === type.id));

  it('/documents/ links to a list per fiscal year and per type, with counts', async () => {
    await open(urls.documents());
    const byYear = await afterHeading('ตามปีงบประมาณ');
    expect(byYear.hrefs.sort()).toEqual(years.map(urls.documentsOfYear).sort());
    for (const year of years) {
      const count = model.documents.filter((document) => document.data.fiscalYear === year).length;
      expect(byYear.texts).toContain(`ปีงบประมาณ พ.ศ. ${year} (${count} รายการ)`);
    }
    const byType = await afterHeading('ตามประเภทเอกสาร');
    expect(byType.hrefs).toEqual(types.map((type) => urls.documentsOfType(type.id)));
    for (const type of types)
      expect(byType.texts).toContain(`${type.th} (${model.documents.filter((document) => document.data.type === type.id).length} รายการ)`);
  });

  it.each(years)('/documents/year/%s/ lists exactly that year’s documents', async (year) => {
    await open(urls.documentsOfYear(year));
    expect(await h1()).toBe(`เอกสารเผยแพร่ ปีงบประมาณ พ.ศ. ${year}`);
    const expected = model.documents.filter((document) => document.data.fiscalYear === year).map((document) => urls.document(document.id));
    expect((await hrefsIn('main .card h2 a')).sort()).toEqual(expected.sort());
  });

  it.each(types.map((type) => [type.id, type] as const))('/documents/type/%s/ lists exactly that type’s documents', async (_id, type) => {
    await open(urls.documentsOfType(type.id));
    expect(await h1()).toBe(type.th);
    const expected = model.documents.filter((document) => document.data.type === type.id).map((document) => urls.document(document.id));
    expect((await hrefsIn('main .card h2 a')).sort()).toEqual(expected.sort());
  });

  it.each(sampled(model.documents, urls.document).map((document) => [document.id, document] as const))(
    '/documents/%s/ shows title, type, year, date, history and the OIT items it answers',
    async (id, document) => {
      await open(urls.document(id));
      expect(await h1()).toBe(norm(document.data.title));
      const type = model.documentTypes.find((candidate) => candidate.id === document.data.type)!;
      const dl = await facts();
      expect(dl['ประเภท']).toBe(type.th);
      expect(await hrefsIn('main dl.facts a')).toContain(urls.documentsOfType(type.id));
      expect(dl['ปีงบประมาณ']).toBe(String(document.data.fiscalYear));
      // A date the agency did not give is left out, not shown as missing.
      expect(dl['วันที่เผยแพร่']).toBe(document.data.published ? thaiDate(document.data.published) : undefined);

      // Change history written by people: the document's own date as first published, its notes, and never a commit
      // message, hash or git state (tests/integration/change-history.test.ts covers git's last-updated date).
      const history = page.locator('main section[aria-labelledby="history-heading"]');
      if (document.data.published || (document.data.changes?.length ?? 0) > 0) {
        expect(norm(await history.locator('h2').innerText())).toBe('ประวัติการเปลี่ยนแปลง');
        const historyText = norm(await history.innerText());
        if (document.data.published) expect(historyText).toContain(`เผยแพร่ครั้งแรก ${thaiDate(document.data.published)}`);
        for (const change of document.data.changes ?? []) expect(historyText).toContain(norm(change.note));
        expect(historyText).not.toMatch(/\b[0-9a-f]{7,40}\b|git/);
      }

      // "Answers" only the items it counts for in period on the day the site was built; every other item of its types is "related".
      const itemsOfType = model.catalogues.flatMap(({ data }) =>
        data.items.filter((item) => item.documentTypes.includes(type.id)).map((item) => ({ year: data.year, item })),
      );
      const assessed = (year: number, code: string) =>
        assessCatalogue(model.catalogues.find(({ data }) => data.year === year)!.data, collectEvidence(model), model.site, builtOn).find(
          (entry) => entry.item.code === code,
        )!;
      const counts = ({ year, item }: (typeof itemsOfType)[number]) =>
        assessed(year, item.code).evidence.some((evidence) => evidence.entryId === id && evidence.source === 'documents');
      const answers = await afterHeading('ใช้ตอบข้อ OIT');
      expect(answers.hrefs).toEqual(itemsOfType.filter(counts).map(({ year, item }) => urls.oitItem(year, item.code)));
      expect((await afterHeadingList('เกี่ยวข้องกับข้อ OIT')).hrefs).toEqual(
        itemsOfType.filter((entry) => !counts(entry)).map(({ year, item }) => urls.oitItem(year, item.code)),
      );
      for (const href of [...answers.hrefs]) expect(await status(href), href).toBe(200);
    },
  );

  it('the sweep checks a document page', () => {
    expect(model.documents.length === 0 || sampled(model.documents, urls.document).length > 0).toBe(true);
  });
});

describe('measures', () => {
  it('/measures/ lists every measure under implemented or recommended', async () => {
    await open(urls.measures());
    const implemented = await afterHeading('มาตรการที่ดำเนินการแล้ว');
    const recommended = await afterHeading('มาตรการที่เสนอจากการวิเคราะห์ผล ITA');
    const of = (stage: string) =>
      model.measures
        .filter((measure) => measure.data.stage === stage)
        .map((measure) => urls.measure(measure.id))
        .sort();
    expect(implemented.hrefs.sort()).toEqual(of('implemented'));
    expect(recommended.hrefs.sort()).toEqual(of('recommended'));
  });

  it.each(sampled(model.measures, urls.measure).map((measure) => [measure.id, measure] as const))(
    '/measures/%s/ shows steps in order, unit, period in BE and the rounds',
    async (id, measure) => {
      await open(urls.measure(id));
      expect(await h1()).toBe(norm(measure.data.title));
      const dl = await facts();
      expect(dl['ผู้รับผิดชอบ']).toBe(measure.data.responsibleUnit);
      expect(dl['ปีงบประมาณ']).toBe(String(measure.data.fiscalYear));
      if (measure.data.period) {
        const { start, end, asWritten } = measure.data.period;
        expect(dl['ระยะเวลา']).toContain(`${thaiMonthShort(start)} – ${thaiMonthShort(end)}`);
        if (asWritten) expect(dl['ระยะเวลา']).toContain(asWritten);
        expect(dl['ระยะเวลา']).not.toContain(start.slice(0, 4));
      } else {
        expect(dl['ระยะเวลา']).toBeUndefined();
      }

      const steps = await afterHeading('ขั้นตอน/วิธีการดำเนินการ');
      expect(steps.texts).toEqual(measure.data.steps.map(norm));

      const rounds = await page.$$eval('main ol.timeline > li', (items) =>
        items.map((item) => ({ text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(), done: item.classList.contains('done') })),
      );
      expect(rounds.length).toBe(measure.data.rounds.length);
      measure.data.rounds.forEach((round, index) => {
        const shown = rounds[index]!;
        expect(shown.text).toContain(roundTh[round.round]);
        if (round.result) {
          expect(shown.text).toContain(`ผลการดำเนินการ: ${norm(round.result)}`);
          expect(shown.done).toBe(true);
        } else {
          expect(shown.text).toContain('ยังไม่มีรายงานผล');
          expect(shown.done).toBe(false);
        }
      });
    },
  );
});

describe('declarations', () => {
  it('/declarations/ lists every declaration', async () => {
    await open(urls.declarations());
    expect((await hrefsIn('main .card a')).sort()).toEqual(model.declarations.map((declaration) => urls.declaration(declaration.id)).sort());
  });

  it.each(sampled(model.declarations, urls.declaration).map((declaration) => [declaration.id, declaration] as const))(
    '/declarations/%s/ shows the declaration, who declared it and its measure',
    async (id, declaration) => {
      await open(urls.declaration(id));
      expect(await h1()).toBe(norm(declaration.data.title));
      const dl = await facts();
      expect(dl['ผู้ประกาศ']).toContain(declaration.data.declaredBy.position);
      expect(dl['ปีงบประมาณ']).toBe(String(declaration.data.fiscalYear));
      if (declaration.data.kind === 'no-gift-policy') expect(dl['หมวด']).toContain('No Gift Policy');
      const related = await afterHeading('มาตรการที่เกี่ยวข้อง');
      expect(related.hrefs).toEqual(declaration.data.measures.map(urls.measure));
    },
  );
});

describe('ITA results', () => {
  it('/ita/ has a row per year with the reported total and a link to the year, and a trend chart only from two years on', async () => {
    await open(urls.ita());
    const rows = await page.$$eval('main table:not(figure table) tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())),
    );
    expect(rows.length).toBe(model.scores.length);
    for (const { data } of model.scores) {
      const row = rows.find((cells) => cells[0] === `ITA ${data.year}`);
      expect(row, `row for ${data.year}`).toBeDefined();
      expect(row![1]).toBe(data.reportedTotal.toFixed(2));
      expect(row![2]).toBe(data.reportedLevel);
      expect(row!.slice(-3)).toEqual([data.tools.IIT, data.tools.EIT, data.tools.OIT].map((score) => score.toFixed(2)));
    }
    expect(await page.locator('canvas[data-chart]').count()).toBe(model.scores.length >= 2 ? 1 : 0);
    expect(await hrefsIn('main table a')).toEqual(expect.arrayContaining(model.scores.map(({ data }) => urls.itaYear(data.year))));
  });

  it.each(model.scores.map(({ data }) => [data.year, data] as const))(
    '/ita/%s/ opens with the reported verdict, then each indicator score; no computed total or tier beside the reported ones',
    async (year, result) => {
      const catalogue = model.catalogues.find((entry) => entry.data.year === year)?.data;
      expect(catalogue, `catalogue for ITA ${year}`).toBeDefined();
      await open(urls.itaYear(year));
      const verdict = page.locator('main .verdict');
      expect(norm(await verdict.locator('.verdict-level').innerText())).toBe(result.reportedLevel);
      expect(norm(await verdict.innerText())).toContain(`คะแนนรวม ${result.reportedTotal.toFixed(2)} จาก 100 (เกณฑ์ผ่าน ${catalogue!.passMark} คะแนน)`);
      // The verdict comes first, before the charts.
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('main .verdict, main figure')].map((element) => element.className || element.tagName),
      );
      expect(order[0]).toContain('verdict');

      const rows = await page.$$eval('figure:has(#ita-indicators) tbody tr', (trs) =>
        trs.map((tr) => [(tr.querySelector('th')?.textContent ?? '').trim(), (tr.querySelector('td')?.textContent ?? '').trim()]),
      );
      expect(rows).toEqual(
        [...result.indicators]
          .sort((a, b) => a.number - b.number)
          .map((indicator) => [
            `${indicator.number}. ${catalogue!.indicators.find((entry) => entry.number === indicator.number)!.title}`,
            indicator.score.toFixed(2),
          ]),
      );

      // The total as the year's weights make it, written out here rather than taken from the code under test: where it
      // differs from the reported one, that is a build warning for staff, never a second figure for citizens.
      const { weights } = catalogue!;
      const computed =
        (result.tools.IIT * weights.IIT + result.tools.EIT * weights.EIT + result.tools.OIT * weights.OIT) / (weights.IIT + weights.EIT + weights.OIT);
      if (computed.toFixed(2) !== result.reportedTotal.toFixed(2)) expect(await mainText()).not.toContain(computed.toFixed(2));
      expect(await page.locator('main details').count()).toBe(0);
    },
  );
});

describe('OIT', () => {
  const asOf = builtOn;
  const evidence = collectEvidence(model);
  const assessments = new Map(model.catalogues.map(({ data }) => [data.year, assessCatalogue(data, evidence, site, asOf)]));
  // The public pages advertise no gaps unless the agency chose so (publishing.showOitGaps; tests/integration/citizen-pages.test.ts turns it on).
  const showsGaps = site.publishing.showOitGaps ?? false;
  /** Item pages the sweep visits: one per page variant (every item under `npm run test:full`). */
  const sampledItems = model.catalogues.flatMap(({ data }) =>
    data.items.filter((item) => swept.has(urls.oitItem(data.year, item.code))).map((item) => [`${data.year}/${item.code.toLowerCase()}`, data, item] as const),
  );

  it('/oit/ links to every ITA year', async () => {
    await open(urls.oit());
    expect((await hrefsIn('main .card h3 a')).sort()).toEqual(model.catalogues.map(({ data }) => urls.oitYear(data.year)).sort());
  });

  it.each(model.catalogues.map(({ data }) => [data.year, data] as const))(
    '/oit/%s/ lists every item grouped by indicator, each with its evidence (its status only if the agency shows gaps)',
    async (year, catalogue) => {
      await open(urls.oitYear(year));
      const assessment = assessments.get(year)!;
      const sections = await page.$$eval('main > section', (elements) =>
        elements.map((section) => ({
          heading: (section.querySelector('h2')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          rows: [...section.querySelectorAll('tbody tr')].map((tr) => ({
            href: tr.querySelector('th a')?.getAttribute('href') ?? '',
            item: (tr.querySelector('th')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            status: (tr.querySelector('td .status')?.textContent ?? '')
              .replace(/[✓!⏱✗]/g, '')
              .replace(/\s+/g, ' ')
              .trim(),
            evidence: [...tr.querySelectorAll('td a')].map((link) => link.getAttribute('href') ?? ''),
          })),
        })),
      );
      const indicators = catalogue.indicators.filter((indicator) => catalogue.items.some((item) => item.indicator === indicator.number));
      expect(sections.map((section) => section.heading)).toEqual(indicators.map((indicator) => `ตัวชี้วัดที่ ${indicator.number} ${indicator.title}`));
      for (const indicator of indicators) {
        const section = sections.find((candidate) => candidate.heading.startsWith(`ตัวชี้วัดที่ ${indicator.number} `))!;
        expect(section.rows.map((row) => row.href).sort()).toEqual(
          catalogue.items
            .filter((item) => item.indicator === indicator.number)
            .map((item) => urls.oitItem(year, item.code))
            .sort(),
        );
      }
      const rows = sections.flatMap((section) => section.rows);
      expect(rows.length).toBe(catalogue.items.length);
      for (const row of rows) {
        const code = row.item.split(' ')[0]!;
        const expected = assessment.find((entry) => entry.item.code === code);
        expect(expected, code).toBeDefined();
        expect(row.status, code).toBe(showsGaps ? statusTh[expected!.status] : '');
        // Up to three evidence links, then the item's page for the rest.
        expect(row.evidence, code).toEqual(
          expected!.evidence
            .slice(0, 3)
            .map((found) => found.url)
            .concat(expected!.evidence.length > 3 ? [urls.oitItem(year, code)] : []),
        );
      }
      if (!showsGaps) for (const gap of ['ยังไม่มีหลักฐาน', 'ยังไม่เผยแพร่', 'ไม่ครบถ้วน']) expect(await mainText()).not.toContain(gap);
    },
  );

  it('the sweep checks an item page with evidence and one without', () => {
    const withEvidence = sampledItems.map(
      ([, catalogue, item]) => assessments.get(catalogue.year)!.find((entry) => entry.item.code === item.code)!.evidence.length > 0,
    );
    expect(new Set(withEvidence)).toEqual(new Set([true, false]));
  });

  it.each(sampledItems)(
    '/oit/%s/ shows evidence links that resolve and the criteria (status and reasons only if the agency shows gaps)',
    async (_id, catalogue, item) => {
      await open(urls.oitItem(catalogue.year, item.code));
      const expected = assessments.get(catalogue.year)!.find((entry) => entry.item.code === item.code)!;
      expect(await h1()).toBe(`${item.code} ${item.title}`);
      expect(await page.locator('main .status').count()).toBe(showsGaps ? 1 : 0);

      const evidenceHrefs = await hrefsIn('main h2 + ul.card-list a');
      expect(evidenceHrefs).toEqual(expected.evidence.map((found) => found.url));
      if (item.period === 'fiscal-year') {
        // Independently of the assessment: the year's documents of the item's types that were online in the year are among its evidence.
        const reports = model.documents
          .filter((document) => document.data.fiscalYear === catalogue.year && item.documentTypes.includes(document.data.type))
          .filter((document) => !document.data.posted || document.data.posted <= asOf)
          .map((document) => urls.document(document.id));
        expect(evidenceHrefs).toEqual(expect.arrayContaining(reports));
      }
      for (const href of evidenceHrefs) expect(await status(href), href).toBe(200);

      const criteria = await afterHeading('เกณฑ์การพิจารณา');
      expect(criteria.texts.length).toBe(item.criteria.length);
      item.criteria.forEach((criterion, index) => expect(criteria.texts[index]).toContain(norm(criterion.text)));

      const reasons = await afterHeading('เหตุผลของสถานะ');
      expect(reasons.texts).toEqual(showsGaps ? expected.reasons.map((reason) => norm(reason.th)) : []);
    },
  );
});

describe('news, Q&A and policy pages', () => {
  it('/news/ lists the news, or says there is none yet', async () => {
    await open(urls.news());
    if (model.news.length === 0) expect(await mainText()).toContain('ยังไม่มีข่าวประชาสัมพันธ์');
    else {
      const listed = await hrefsIn('main .card h2 a');
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((href) => !model.news.some((entry) => urls.newsItem(entry.id) === href))).toEqual([]);
    }
  });

  it('/qa/ shows each question, or says there is none yet', async () => {
    await open(urls.qa());
    const text = await mainText();
    if (model.qa.length === 0) expect(text).toContain('ยังไม่มีคำถาม');
    for (const entry of model.qa) expect(text).toContain(norm(entry.data.question));
  });

  it.each(model.pages.map((entry) => [entry.id, entry] as const))('/%s/ renders the page from content/pages', async (id, entry) => {
    await open(urls.page(id));
    expect(await h1()).toBe(entry.data.title);
    const text = await mainText();
    const firstParagraph = entry.body
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line && !/^[#>*\-|]/.test(line))!;
    expect(text).toContain(norm(firstParagraph.replace(/[*_`]/g, '')));
  });
});

describe('sitemap page, 404, feeds and robots', () => {
  it('/sitemap/ links to every section, document list, OIT year, ITA year and policy page', async () => {
    await open('/sitemap/');
    const hrefs = await hrefsIn('main a');
    const expected = [
      urls.home(),
      urls.about(),
      urls.documents(),
      urls.oit(),
      urls.ita(),
      urls.measures(),
      urls.declarations(),
      urls.news(),
      urls.qa(),
      urls.contact(),
      urls.complaints(),
      urls.structure(),
      urls.executives(),
      urls.duties(),
      ...[...new Set(model.documents.map((document) => document.data.fiscalYear))].map(urls.documentsOfYear),
      ...[...new Set(model.documents.map((document) => document.data.type))].map(urls.documentsOfType),
      ...model.catalogues.map(({ data }) => urls.oitYear(data.year)),
      ...model.scores.map(({ data }) => urls.itaYear(data.year)),
      ...model.pages.map((entry) => urls.page(entry.id)),
    ];
    expect(hrefs).toEqual(expect.arrayContaining(expected));
  });

  it('an unknown URL answers 404 with a helpful page', async () => {
    const response = await page.goto(`${origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await h1()).toBe('ไม่พบหน้าที่ต้องการ');
    expect(await hrefsIn('main a')).toEqual(expect.arrayContaining([urls.home(), urls.oit(), urls.documents(), urls.complaints(), '/sitemap/']));
    expect(await page.locator('main form[role="search"] input[type="search"]').count()).toBe(1);
  });

  it('/rss.xml lists the dated documents, newest first, on the site’s address', async () => {
    const response = await fetch(`${origin}/rss.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain(`<title>${site.name.th}`);
    expect(xml).toContain('<language>th</language>');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<\/item>/g)].map((match) => match[1]);
    const dated = model.documents.filter((document) => document.data.published).sort((a, b) => b.data.published!.localeCompare(a.data.published!));
    expect(links).toEqual([
      ...model.news.map((entry) => `${siteOrigin}${urls.newsItem(entry.id)}`),
      ...dated.map((document) => `${siteOrigin}${urls.document(document.id)}`),
    ]);
    expect(links.length).toBeGreaterThan(0);
  });

  it('/robots.txt allows crawling and points to the sitemap index', async () => {
    const response = await fetch(`${origin}/robots.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('User-agent: *');
    expect(text).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site.siteUrl).href}`);
  });

  it('/sitemap-index.xml points to the sitemap, which lists every page and not the 404 page', async () => {
    const index = await (await fetch(`${origin}/sitemap-index.xml`)).text();
    expect(index).toContain(`<loc>${new URL('/sitemap-0.xml', site.siteUrl).href}</loc>`);
    expect(siteOrigin).toBe(new URL(site.siteUrl).origin);
    const expected = [
      urls.home(),
      urls.about(),
      urls.structure(),
      urls.executives(),
      urls.duties(),
      urls.contact(),
      urls.complaints(),
      urls.documents(),
      urls.measures(),
      urls.declarations(),
      urls.news(),
      urls.qa(),
      urls.oit(),
      urls.ita(),
      '/sitemap/',
      ...model.documents.map((document) => urls.document(document.id)),
      ...model.measures.map((measure) => urls.measure(measure.id)),
      ...model.declarations.map((declaration) => urls.declaration(declaration.id)),
      ...model.pages.map((entry) => urls.page(entry.id)),
      ...model.scores.map(({ data }) => urls.itaYear(data.year)),
      ...model.catalogues.flatMap(({ data }) => [urls.oitYear(data.year), ...data.items.map((item) => urls.oitItem(data.year, item.code))]),
    ];
    expect(sitemapPaths).toEqual(expect.arrayContaining(expected));
    expect(sitemapPaths.filter((path) => path.includes('404'))).toEqual([]);
  });
});

describe('links', () => {
  /** Internal links on a page: href/src/action on our server or on the site's public origin (canonical, og:url). */
  function internalLinks(html: string, pagePath: string): string[] {
    const found: string[] = [];
    for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const raw = match[1]!.replaceAll('&amp;', '&').replaceAll('&#38;', '&');
      if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const url = new URL(raw, `${origin}${pagePath}`);
      if (url.origin !== origin && url.origin !== siteOrigin) continue;
      found.push(`${url.pathname}${url.search}${url.hash}`);
    }
    return found;
  }

  it('every internal link, asset and attachment on every sitemap page resolves (HTTP 200), and every #fragment exists', async () => {
    const pages = new Map<string, string>();
    const linkedFrom = new Map<string, string>();
    for (const path of sitemapPaths) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      pages.set(path, html);
      for (const link of internalLinks(html, path)) if (!linkedFrom.has(link)) linkedFrom.set(link, path);
    }
    // Attachments must be reachable whether or not a page links them; the seed has none, so this adds nothing for it.
    for (const attachment of attachmentsOf(model, 'content')) linkedFrom.set(urls.file(attachment.contentPath), '(content attachment)');

    const broken: string[] = [];
    const targets = new Map<string, string>();
    for (const [link, from] of linkedFrom) {
      const url = new URL(link, origin);
      const target = `${url.pathname}${url.search}`;
      if (!targets.has(target)) {
        const response = await fetch(`${origin}${target}`);
        const body = await response.text();
        targets.set(target, response.status === 200 ? body : `status ${response.status}`);
        if (response.status !== 200) broken.push(`${target} → ${response.status} (linked from ${from})`);
      }
      if (url.hash && targets.get(target) !== undefined && !targets.get(target)!.startsWith('status ')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(targets.get(target)!))
          broken.push(`${link}: no element with id "${id}" (linked from ${from})`);
      }
    }
    expect(linkedFrom.size).toBeGreaterThan(sitemapPaths.length);
    expect(broken).toEqual([]);
  });
});
