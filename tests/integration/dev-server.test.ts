import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { copyFile, mkdir } from 'node:fs/promises';
import { launchChromium } from '../../scripts/lib/browser.ts';
import path from 'node:path';
import { environmentVariables } from '../../src/config.ts';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

/** A port nobody listens on, so two test runs never meet. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment a staff member's terminal has: without Vitest's own variables (NODE_ENV=test changes how Astro serves). */
function staffEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

/** Screenshots of the dev server with a broken file, for people to look at. */
const screens = path.join(projectRoot, '.prongsai/dev-screens');
let site: ScratchSite;
let server: ChildProcess;
let base: string;
let output = '';
let exited = false;

/** Fetches a page until `accept` holds for its text (a save reaches the server a moment later), or fails with the last text. */
async function pageUntil(pathname: string, accept: (html: string, status: number) => boolean, timeoutMs = 20_000): Promise<string> {
  const headers = { accept: 'text/html' };
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let status = 0;
  while (Date.now() < deadline && !exited) {
    const response = await fetch(`${base}${pathname}`, { headers }).catch(() => undefined);
    if (response) {
      status = response.status;
      // The pages' Thai line-break marks (<wbr>, <span class="kw">) are not text: compared without them.
      last = (await response.text()).replaceAll('<wbr>', '').replace(/<span class="kw">([^<]*)<\/span>/g, '$1');
      if (accept(last, status)) return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${pathname} never showed the change (last status ${status}):\n${last.slice(0, 2000)}\n--- server output ---\n${output.slice(-3000)}`);
}

beforeAll(async () => {
  site = await copyFixtureSite('minimal', 'dev-server');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // As `npm run dev` runs it: our wrapper, which turns off Astro's telemetry and its update advice.
  server = spawn(process.execPath, ['scripts/astro.ts', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...staffEnvironment(), [environmentVariables.contentDir]: site.contentDirFromProject },
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  server.on('exit', () => (exited = true));
  await pageUntil('/', (_html, status) => status === 200, 90_000);
}, 120_000);

it('says nothing about upgrading Astro, and sends no telemetry', () => {
  expect(output).not.toContain('@astrojs/upgrade');
  expect(output).not.toMatch(/telemetry/i);
});

afterAll(async () => {
  server?.kill();
  await site?.remove();
});

const documentPage = '/documents/2567/procurement-plan/';

describe('npm run dev shows every edit on the next reload', () => {
  it("a document's title and body", async () => {
    await pageUntil(documentPage, (html) => html.includes('แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567'));
    await site.edit('content/documents/2567/procurement-plan.md', (text) =>
      text.replace('title: แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', 'title: แผนจัดซื้อฉบับแก้ไขใหม่').replace('ของ อบต.ทดสอบ\n', 'ของ อบต.ทดสอบ ข้อความที่เพิ่งเพิ่ม\n'),
    );
    const html = await pageUntil(documentPage, (text) => text.includes('แผนจัดซื้อฉบับแก้ไขใหม่'));
    expect(html).toContain('ข้อความที่เพิ่งเพิ่ม');
    expect(html).not.toContain('<h1 data-pagefind-meta="title">แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567');
    await pageUntil('/documents/', (text) => text.includes('แผนจัดซื้อฉบับแก้ไขใหม่'));
  });

  it('a measure', async () => {
    await site.edit('content/measures/2567/no-gift.md', (text) => text.replace('responsibleUnit: สำนักปลัด', 'responsibleUnit: กองคลังที่แก้แล้ว'));
    await pageUntil('/measures/2567/no-gift/', (html) => html.includes('กองคลังที่แก้แล้ว'));
  });

  it('the agency profile in site.yaml', async () => {
    await site.edit('content/site.yaml', (text) => text.replace('th: องค์การบริหารส่วนตำบลทดสอบ', 'th: องค์การบริหารส่วนตำบลทดสอบแก้ชื่อ'));
    await pageUntil('/', (html) => html.includes('องค์การบริหารส่วนตำบลทดสอบแก้ชื่อ'));
    await pageUntil(documentPage, (html) => html.includes('องค์การบริหารส่วนตำบลทดสอบแก้ชื่อ'));
  });

  it('an attachment replaced under the same name (its size and SHA-256)', async () => {
    const before = await pageUntil(documentPage, (html) => /[0-9a-f]{64}/.test(html));
    const hashBefore = before.match(/[0-9a-f]{64}/)![0];
    await copyFile(path.join(projectRoot, 'tests/fixtures/pdf/thai-manual.pdf'), path.join(site.root, 'content/documents/2567/procurement-plan-2567.pdf'));
    const after = await pageUntil(documentPage, (html) => /[0-9a-f]{64}/.test(html) && !html.includes(hashBefore));
    expect(after.match(/[0-9a-f]{64}/)![0]).not.toBe(hashBefore);
  });

  it('a new document gets its page', async () => {
    await site.write(
      'content/documents/2567/new-notice.md',
      '---\ntitle: ประกาศฉบับใหม่ที่เพิ่งเพิ่ม\ntype: procurement-plan\nfiscalYear: 2567\npublished: 2566-11-01\n---\nเนื้อหาประกาศ\n',
    );
    await pageUntil('/documents/2567/new-notice/', (html, status) => status === 200 && html.includes('ประกาศฉบับใหม่ที่เพิ่งเพิ่ม'));
  });

  it('a broken file shows the Thai problem list, and fixing it clears the list', async () => {
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('published: 2566-10-20', 'published: 2566-02-30'));
    const broken = await pageUntil(documentPage, (html, status) => status >= 500 && html.includes('ไม่มีอยู่จริงในปฏิทิน'));
    expect(broken).toContain('documents/2567/procurement-plan.md');
    expect(broken).toContain('ช่อง published');
    expect(broken).toContain('วิธีแก้');
    // Every page, not only the broken document's: the site is not shown half-valid.
    await pageUntil('/', (html, status) => status >= 500 && html.includes('ไม่มีอยู่จริงในปฏิทิน'));
    // As a browser shows it: the Thai page only, no English overlay over it (at both widths), and no page rendered
    // meanwhile (a browser's /favicon.ico would render the 404 page, which reads the content and fails).
    const outputBefore = output.length;
    const browser = await launchChromium();
    try {
      for (const width of [360, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'th-TH' });
        await page.goto(`${base}${documentPage}`);
        await page.getByText('ไม่มีอยู่จริงในปฏิทิน').first().waitFor();
        await page.waitForTimeout(1500);
        expect(
          await page
            .locator('vite-error-overlay')
            .isVisible()
            .catch(() => false),
        ).toBe(false);
        expect(await page.locator('body').textContent()).not.toContain('An error occurred');
        await mkdir(screens, { recursive: true });
        await page.screenshot({ path: path.join(screens, `dev-broken-${width}.png`), fullPage: true });
        await page.close();
      }
    } finally {
      await browser.close();
    }
    const favicon = await fetch(`${base}/favicon.ico`);
    expect(favicon.status).toBe(404);
    expect(await favicon.text()).toContain('ข้อมูลยังไม่ถูกต้อง');
    expect(output.slice(outputBefore)).not.toMatch(/Stack trace|document-or-window|An error occurred/);
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('published: 2566-02-30', 'published: 2566-10-20'));
    await pageUntil(documentPage, (html, status) => status === 200 && html.includes('แผนจัดซื้อฉบับแก้ไขใหม่'));
  });
});
