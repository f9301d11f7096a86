/**
 * `npm run edit` driven in Chromium as a staff member would: a new document with a PDF, a measure's monitoring round,
 * a declaration, then a wrong date that shows our Thai message beside the editor. Every request the page makes is
 * recorded: none may leave the editor's own origin. Screenshots of the main screens are kept in .prongsai/editor-screens/
 * (the staff guide's pictures come from there).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const screens = path.join(projectRoot, '.prongsai/editor-screens');
let site: ScratchSite;
let edit: ChildProcess;
let output = '';
let origin: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const policyViolations: string[] = [];

async function waitForOutput(text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(text)) {
    if (Date.now() > deadline || edit.exitCode !== null) throw new Error(`npm run edit did not print "${text}":\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Saves the open entry: the publish menu, then "publish now", then waits for Decap's "saved" and, for a new entry, for
 * Decap to move to the saved entry's address (it does so a moment after "saved"; going elsewhere first would be undone).
 */
async function publish(): Promise<void> {
  await page.getByText('การเปลี่ยนแปลงยังไม่ได้บันทึก', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
  await page.getByText('เผยแพร่ตอนนี้', { exact: true }).click();
  await page.getByText('การเปลี่ยนแปลงถูกบันทึกแล้ว', { exact: true }).waitFor();
  await page.waitForFunction(() => location.hash.includes('/entries/'));
}

/** A form field by its Thai label; Decap adds "(ทางเลือก)" to optional ones. */
function field(label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(ทางเลือก\\))?$`));
}

/** Picks a value in one of Decap's select fields by typing it, as a keyboard user does. */
async function choose(label: string, value: string): Promise<void> {
  await field(label).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

/** How long a step waits for the page: loading it again takes a few seconds on a busy machine (expect.poll's default is 1 s). */
const waiting = { timeout: 15_000 };

/** Decap's "saved" notices, left out of the pictures for the staff guide. */
const hideToasts = '.Toastify { display: none !important; }';

/** A Markdown file's front matter as data. */
function frontMatter(text: string): Record<string, unknown> {
  return parse(text.split('---\n')[1] ?? '') as Record<string, unknown>;
}

/** The panel's button: folded, it shows the counts; it opens and folds the list. */
function toggle() {
  return page.locator('#prongsai-problems .toggle');
}

async function panelText(): Promise<string> {
  return (await page.locator('#prongsai-problems').textContent()) ?? '';
}

beforeAll(async () => {
  site = await copyFixtureSite('minimal', 'editor');
  // More than the form shows as typed: a period as {start, end} (the form's field is text), a list of numbers, Markdown.
  await site.edit('content/measures/2567/no-gift.md', (text) =>
    text
      .replace('period: "ต.ค.66-ก.ย.67"', 'period:\n  start: 2566-10\n  end: 2567-09')
      .replace(/---\n$/, 'indicators: [9, 10]\n---\nรายละเอียด **สำคัญ** ดู[ประกาศ](https://example.go.th/notice)\n\n- ข้อหนึ่ง\n- ข้อสอง\n'),
  );
  await mkdir(screens, { recursive: true });
  const port = await freePort();
  edit = spawn(process.execPath, ['scripts/edit.ts', '--content', site.contentDirFromProject, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
  });
  edit.stdout?.on('data', (chunk) => (output += chunk));
  edit.stderr?.on('data', (chunk) => (output += chunk));
  await waitForOutput('กด Ctrl+C', 90_000);
  origin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'th-TH' });
  page.setDefaultTimeout(15_000);
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (edit && edit.exitCode === null) {
    const exited = new Promise((resolve) => edit.once('exit', resolve));
    edit.kill('SIGTERM');
    await exited;
  }
  await site?.remove();
});

describe('npm run edit: the web editor in local mode', () => {
  it('prints the editor and preview addresses in Thai, with telemetry off and no advice to upgrade Astro', () => {
    expect(output).toContain(`หน้าแก้ไขข้อมูล:    ${origin}/admin/`);
    expect(output).toContain(`ดูเว็บไซต์ตัวอย่าง:  ${origin}/`);
    expect(output).not.toMatch(/telemetry/i);
    expect(output).not.toContain('@astrojs/upgrade');
  });

  it('opens in Thai and lists the collections', async () => {
    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor();
    // No Decap logo: the page says what it is in Thai.
    expect(
      await page
        .locator('section:has(> button) svg')
        .first()
        .isVisible()
        .catch(() => false),
    ).toBe(false);
    await page.screenshot({ path: path.join(screens, 'login.png') });
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.getByRole('link', { name: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส' }).waitFor();
    await expect.poll(panelText, waiting).toContain('ข้อมูลทั้งหมดถูกต้อง');
    // The panel starts folded: one small button with the result.
    await expect.poll(() => toggle().textContent(), waiting).toBe('ผลการตรวจ: ✓ ข้อมูลถูกต้อง');
    expect(await page.locator('#prongsai-problems-body').isVisible()).toBe(false);
    // Decap's top bar: no bare "/" site link beside the account button.
    expect(await page.locator('header').first().textContent()).not.toMatch(/(^|\s)\/(\s|$)/);
    await page.screenshot({ path: path.join(screens, 'collections.png') });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: path.join(screens, 'collections-360.png') });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('creates a document of a chosen type with a PDF attachment beside it', async () => {
    await page.goto(`${origin}/admin/#/collections/documents/new`);
    await field('ชื่อเอกสาร').fill('คู่มือการปฏิบัติงานฉบับทดสอบจากหน้าแก้ไข');
    await choose('ประเภทเอกสาร', 'procurement-plan');
    await field('ปีงบประมาณ (พ.ศ.)').fill('2567');
    await field('วันที่ในเอกสาร').fill('2567-01-15');
    await page.getByRole('button', { name: /เพิ่ม.*ไฟล์แนบ/ }).click();
    await page.getByRole('button', { name: 'เลือกไฟล์' }).click();
    await page.locator('input[type=file]').setInputFiles(path.join(projectRoot, 'tests/fixtures/pdf/thai-manual.pdf'));
    await page.getByRole('button', { name: 'เลือกข้อมูลที่ถูกเลือก' }).click();
    await field('ชื่อไฟล์ที่แสดงบนเว็บไซต์').fill('คู่มือการปฏิบัติงาน (PDF)');
    await field('วันที่ในเอกสาร').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screens, 'document-form.png') });
    await publish();

    await expect.poll(() => site.read('content/documents/2567/procurement-plan-2567.md').catch(() => ''), { timeout: 15_000 }).toContain('fiscalYear: 2567');
    const written = await site.read('content/documents/2567/procurement-plan-2567.md');
    expect(written).toContain('type: procurement-plan');
    expect(written).toContain('fiscalYear: 2567');
    expect(written).toContain('published: 2567-01-15');
    expect(written).toMatch(/attachments:\n {2}- file: thai-manual\.pdf\n {4}title: คู่มือการปฏิบัติงาน \(PDF\)/);
    // Fields left empty are not written (an empty optional field would be refused as blank).
    expect(written).not.toMatch(/summary|posted|otherTypes/);
    const original = await readFile(path.join(projectRoot, 'tests/fixtures/pdf/thai-manual.pdf'));
    expect((await stat(path.join(site.root, 'content/documents/2567/thai-manual.pdf'))).size).toBe(original.length);
  });

  it("edits a measure's monitoring round, found in the collection's list, keeping every other field", async () => {
    // As staff find it: the collection in the sidebar, then the entry in its list (every fiscal year's entries are listed).
    await page.goto(`${origin}/admin/#/collections/documents`);
    await page.getByRole('link', { name: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', exact: true }).click();
    await page.getByRole('link', { name: '2567 · มาตรการไม่รับของขวัญ (No Gift Policy)' }).click();
    await expect.poll(() => field('ชื่อมาตรการ').inputValue(), waiting).toBe('มาตรการไม่รับของขวัญ (No Gift Policy)');
    await expect.poll(() => field('รอบ').count(), waiting).toBe(2);
    const result = field('ผลการดำเนินการ').first();
    await result.fill('จัดอบรมเจ้าหน้าที่ 2 ครั้ง ผู้เข้าร่วม 45 คน');
    await field('วันที่รายงานผล').first().fill('2567-04-10');
    await field('ความก้าวหน้า (ร้อยละ)').first().fill('60');
    await result.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(screens, 'measure-rounds.png'), style: hideToasts });
    const before = await site.read('content/measures/2567/no-gift.md');
    await publish();

    await expect.poll(() => site.read('content/measures/2567/no-gift.md'), waiting).toContain('result: จัดอบรมเจ้าหน้าที่ 2 ครั้ง ผู้เข้าร่วม 45 คน');
    const written = await site.read('content/measures/2567/no-gift.md');
    // The round filled in, the other round and every other field as they were.
    expect(frontMatter(written)).toEqual({
      title: 'มาตรการไม่รับของขวัญ (No Gift Policy)',
      fiscalYear: 2567,
      stage: 'recommended',
      category: 'no-gift',
      steps: ['ผู้บริหารประกาศเจตจำนงไม่รับของขวัญ'],
      responsibleUnit: 'สำนักปลัด',
      period: { start: '2566-10', end: '2567-09' },
      rounds: [{ round: '6-month', date: '2567-04-10', result: 'จัดอบรมเจ้าหน้าที่ 2 ครั้ง ผู้เข้าร่วม 45 คน', progress: 60 }, { round: '12-month' }],
      indicators: [9, 10],
    });
    expect(written.split('---\n').at(-1)).toBe(before.split('---\n').at(-1));
  });

  it('edits a declaration opened straight from its address, keeping its date, measures and text', async () => {
    const before = await site.read('content/declarations/2567/no-gift.md');
    // From one open entry straight to another: the page loads again so the form shows this entry, not the last one.
    await Promise.all([page.waitForEvent('load'), page.goto(`${origin}/admin/#/collections/declarations/entries/2567/no-gift`)]);
    await expect.poll(() => field('ชื่อประกาศ').inputValue(), waiting).toBe('ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ ประจำปี 2567');
    await field('ชื่อ-นามสกุล').fill('นายทดสอบ ใจดี');
    await publish();
    await expect.poll(() => site.read('content/declarations/2567/no-gift.md'), waiting).toContain('name: นายทดสอบ ใจดี');
    const written = await site.read('content/declarations/2567/no-gift.md');
    expect(frontMatter(written)).toEqual({ ...frontMatter(before), declaredBy: { position: 'นายกองค์การบริหารส่วนตำบลทดสอบ', name: 'นายทดสอบ ใจดี' } });
    expect(written).toContain('date: 2566-10-02');
    expect(written.split('---\n').at(-1)).toBe(before.split('---\n').at(-1));
  });

  it('what the editor wrote passes the build’s validation', async () => {
    const { model, problems } = await loadAndValidateContent(projectRoot, site.contentDirFromProject);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(model?.documents.some((document) => document.data.title === 'คู่มือการปฏิบัติงานฉบับทดสอบจากหน้าแก้ไข')).toBe(true);
    const measure = model?.measures.find((entry) => entry.data.category === 'no-gift');
    expect(measure?.data.rounds[0]).toMatchObject({ round: '6-month', result: 'จัดอบรมเจ้าหน้าที่ 2 ครั้ง ผู้เข้าร่วม 45 คน', progress: 60 });
    expect(model?.declarations.find((entry) => entry.data.kind === 'no-gift-policy')?.data.declaredBy.name).toBe('นายทดสอบ ใจดี');
    await expect.poll(panelText, { timeout: 20_000 }).toContain('ข้อมูลทั้งหมดถูกต้อง');
  });

  it('a date that does not exist shows our Thai message beside the editor (the optional signed copy left empty)', async () => {
    await page.goto(`${origin}/admin/#/collections/declarations/new`);
    await expect.poll(() => field('ชื่อประกาศ').inputValue(), waiting).toBe('');
    await field('ชื่อประกาศ').fill('ประกาศเจตจำนงสุจริตฉบับทดสอบ');
    await choose('ชนิดของประกาศ', 'integrity-intent');
    await field('ปีงบประมาณ (พ.ศ.)').fill('2567');
    await field('ตำแหน่ง').fill('นายกองค์การบริหารส่วนตำบลทดสอบ');
    // Typed as people type dates: Decap's own red message says how to write it, and our panel does not cover it.
    await field('วันที่ลงนามหรือประกาศ').fill('20/9/2567');
    await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
    await page.getByText('เผยแพร่ตอนนี้', { exact: true }).click();
    const decapMessage = page.getByText('(ไม่ใช่ 20/9/2567 หรือ 20 ก.ย. 2567)').first();
    await decapMessage.waitFor();
    await decapMessage.scrollIntoViewIfNeeded();
    const covered = await decapMessage.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return Boolean(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('#prongsai-problems'));
    });
    expect(covered).toBe(false);
    await page.screenshot({ path: path.join(screens, 'decap-message.png'), style: hideToasts });
    // A click in the form closes the publish menu that stayed open.
    await field('วันที่ลงนามหรือประกาศ').click();
    await field('วันที่ลงนามหรือประกาศ').fill('2567-02-30');
    await publish();
    // The form takes the date (it has the right shape) and saves the file; our validator says what is wrong with it.
    await expect.poll(() => site.read('content/declarations/2567/integrity-intent-2567.md').catch(() => ''), { timeout: 15_000 }).toContain('date: 2567-02-30');
    await expect.poll(panelText, { timeout: 20_000 }).toContain('วันที่ "2567-02-30" ไม่มีอยู่จริงในปฏิทิน');
    // Folded, with the count: the form and Decap's own messages stay in view.
    expect(await toggle().textContent()).toBe('ผลการตรวจ: ✗ ผิดพลาด 1');
    expect(await page.locator('#prongsai-problems-body').isVisible()).toBe(false);
    await toggle().click();
    const body = page.locator('#prongsai-problems-body');
    await body.waitFor();
    const text = (await body.textContent()) ?? '';
    // The entry by its title with its fiscal year and date, the field by its label: no file path, no field name.
    expect(text).toContain('ประกาศเจตจำนงสุจริตฉบับทดสอบ · ปีงบประมาณ 2567');
    expect(text).toContain('ช่อง "วันที่ลงนามหรือประกาศ"');
    expect(text).toContain('วิธีแก้: เดือนกุมภาพันธ์ 2567 มี 29 วัน');
    expect(text).not.toMatch(/\.md|declarations\/|content\/|\bdate\b/);
    await page.screenshot({ path: path.join(screens, 'problem-list.png'), style: hideToasts });
    // From elsewhere, the problem's link opens the entry at that field, and the panel folds away.
    await page.goto(`${origin}/admin/#/collections/measures`);
    if (!(await body.isVisible())) await toggle().click();
    await page.getByRole('link', { name: /ช่อง "วันที่ลงนามหรือประกาศ"/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash), waiting).toBe('#/collections/declarations/entries/2567/integrity-intent-2567');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value), waiting).toBe('2567-02-30');
    expect(await page.locator('#prongsai-problems-body').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(screens, 'problem-field.png'), style: hideToasts });
    // On a phone: the same panel open, then the field.
    await page.setViewportSize({ width: 360, height: 740 });
    await toggle().click();
    await body.waitFor();
    await page.screenshot({ path: path.join(screens, 'problem-list-360.png'), style: hideToasts });
    await toggle().click();
    await page.screenshot({ path: path.join(screens, 'problem-field-360.png'), style: hideToasts });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('made no request to another origin, and the page policy refused none', () => {
    expect(requests.length).toBeGreaterThan(20);
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});

/** One raw call to the file API, with the headers a browser or an attacker would send (fetch cannot set Host). */
function callApi(body: unknown, headers: Record<string, string> = {}, pathname = '/admin/api/v1/', method = 'POST'): Promise<{ status: number; text: string }> {
  const port = Number(new URL(origin).port);
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (answer) => {
        let text = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (text += chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, text }));
      },
    );
    call.on('error', reject);
    call.end(method === 'GET' ? undefined : payload);
  });
}

const exists = (file: string) =>
  stat(path.join(projectRoot, file)).then(
    () => true,
    () => false,
  );

describe('npm run edit: the file API answers the editor’s own page only, and only for content files', () => {
  // The reproductions, aimed inside the scratch site (so a failure cannot touch the project): decap-server is
  // given the project root, so without the guard these would write there.
  const siteDir = () => path.posix.dirname(site.contentDirFromProject);
  const persist = (file: string) => ({
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug: 'x', path: file, raw: 'console.log("pwned")\n' }],
      assets: [],
      options: { commitMessage: 'x', useWorkflow: false, status: 'draft' },
    },
  });
  const refusedLines = () => output.split('\n').filter((line) => line.includes('ปฏิเสธคำขอถึงหน้าแก้ไขข้อมูล'));

  it('refuses persistEntry to a script outside the content folder (scripts/pwned.ts), and says why in Thai', async () => {
    const target = `${siteDir()}/scripts/pwned.ts`;
    const answer = await callApi(persist(target), { origin });
    expect(answer.status).toBe(403);
    expect(await exists(target)).toBe(false);
    await expect.poll(() => refusedLines().join('\n'), waiting).toContain(`ไฟล์ "${target}" (ช่อง dataFiles[0].path) อยู่นอกโฟลเดอร์ข้อมูล`);
  });

  it('refuses the DNS-rebinding request (Host and Origin evil.example), even for a file inside content/', async () => {
    const port = new URL(origin).port;
    for (const file of [`${siteDir()}/package.json.evil`, `${site.contentDirFromProject}/news/rebound.md`]) {
      const answer = await callApi(persist(file), { host: `evil.example:${port}`, origin: `http://evil.example:${port}` });
      expect(answer.status).toBe(403);
      expect(await exists(file)).toBe(false);
    }
    // The preview and the problem list are not shown to a rebound page either.
    expect((await callApi('', { host: `evil.example:${port}` }, '/', 'GET')).status).toBe(403);
    expect((await callApi('', { host: `evil.example:${port}` }, '/admin/problems.json', 'GET')).status).toBe(403);
    await expect.poll(() => refusedLines().join('\n'), waiting).toContain(`Host "evil.example:${port}"`);
  });

  it('refuses a cross-origin call with the right Host (another page in the clerk’s browser)', async () => {
    const file = `${site.contentDirFromProject}/news/cross-origin.md`;
    const attempts: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'text/plain' },
    ];
    for (const headers of attempts) {
      expect((await callApi(persist(file), headers)).status).toBeGreaterThanOrEqual(400);
    }
    expect(await exists(file)).toBe(false);
    await expect.poll(() => refusedLines().join('\n'), waiting).toContain('คำขอมาจากเว็บไซต์อื่น (Origin "http://evil.example")');
  });

  it.each([
    ['a path out of content/ by ..', (content: string) => `${content}/../escaped.md`],
    ['a .ts file inside content/', (content: string) => `${content}/pages/x.ts`],
    ['a .mjs file inside content/', (content: string) => `${content}/pages/x.mjs`],
    ['a dot-file inside content/', (content: string) => `${content}/.env`],
    ['an encoded ..', (content: string) => `${content}/%2e%2E/escaped.md`],
    ['a backslash ..', (content: string) => `${content}\\..\\escaped.md`],
  ])('refuses %s', async (_name, file) => {
    const target = file(site.contentDirFromProject);
    expect((await callApi(persist(target), { origin })).status).toBe(403);
    expect(await exists(path.posix.normalize(target.replace(/\\/g, '/')))).toBe(false);
  });

  it('refuses a write through a symbolic link inside content/ to a folder outside it', async () => {
    await mkdir(path.join(site.root, 'scripts'), { recursive: true });
    await symlink(path.join(site.root, 'scripts'), path.join(site.root, 'content/linked'));
    const answer = await callApi(persist(`${site.contentDirFromProject}/linked/build.md`), { origin });
    expect(answer.status).toBe(403);
    expect(await exists(`${siteDir()}/scripts/build.md`)).toBe(false);
    await expect.poll(() => refusedLines().join('\n'), waiting).toContain('ผ่านลิงก์สัญลักษณ์');
  });

  it('still answers the editor’s own calls: reads an entry, and lists only content files', async () => {
    const entry = await callApi(
      { action: 'getEntry', params: { branch: 'main', path: `${site.contentDirFromProject}/measures/2567/no-gift.md` } },
      { origin, 'sec-fetch-site': 'same-origin' },
    );
    expect(entry.status).toBe(200);
    expect(JSON.parse(entry.text).data).toContain('title: มาตรการไม่รับของขวัญ');
    // decap-server's listing matches any name ending in "md", such as a.cmd: the answer is filtered.
    await site.write('content/measures/2567/run.cmd', 'echo pwned');
    const listing = await callApi(
      { action: 'entriesByFolder', params: { branch: 'main', folder: `${site.contentDirFromProject}/measures`, extension: 'md', depth: 2 } },
      { origin },
    );
    expect(listing.status).toBe(200);
    const files = (JSON.parse(listing.text) as { file: { path: string } }[]).map((item) => path.posix.basename(item.file.path));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((name) => name.endsWith('.md'))).toBe(true);
  });
});
