/**
 * A hidden file (a name, or a folder on its path, beginning with a dot) is never checked by the attachment guards, so it
 * must never be published: an entry or site.yaml naming one is refused, however the path is written. Before, a
 * document could attach `.evil.html` (script on the agency's own address) or `.people.csv` (national IDs) and both
 * went out under /files/ unchecked.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { copyFixtureSite, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));

async function siteWith(name: string, files: Record<string, string>) {
  const site = await copyFixtureSite('minimal', `hidden-attachments-${name}`);
  sites.push(site);
  for (const [file, bytes] of Object.entries(files)) await site.write(file, bytes);
  return site;
}
const attach = (files: string[]) => (text: string) =>
  text.replace(
    '    title: แผนการจัดซื้อจัดจ้าง (PDF)',
    ['    title: แผนการจัดซื้อจัดจ้าง (PDF)', ...files.map((file, index) => `  - file: ${file}\n    title: ไฟล์ ${index + 1}`)].join('\n'),
  );
const errorsOf = async (site: ScratchSite) => (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.severity === 'error');

describe('a hidden file named as an attachment or a picture', () => {
  it('is refused in an entry however its path is written: a dot-file, a dot-folder, with ./ or a detour through ..', async () => {
    const site = await siteWith('entries', {
      'content/documents/2567/.evil.html': '<html><script>alert(1)</script></html>',
      'content/documents/2567/.private/plan.pdf': tinyPdf(),
      'content/documents/2567/.people.csv': 'ชื่อ,เลขประจำตัวประชาชน\nสมชาย,1103702071811\n',
      'content/documents/2567/.htaccess': 'Redirect 301 / https://evil.example/\n',
    });
    await site.edit('content/documents/2567/procurement-plan.md', attach(['.evil.html', '.private/plan.pdf', './.people.csv', 'sub/../.htaccess']));
    const errors = await errorsOf(site);
    expect(errors.map((problem) => [problem.file, problem.field])).toEqual(
      [1, 2, 3, 4].map((index) => ['content/documents/2567/procurement-plan.md', `attachments[${index}].file`]),
    );
    expect(errors[0]!.th).toContain('.evil.html');
    expect(errors[0]!.th).toContain('ขึ้นต้นด้วยจุด');
    expect(errors[0]!.fixTh).toContain('evil.html');
    expect(errors[1]!.th).toContain('.private/plan.pdf');
    expect(errors[1]!.fixTh).toContain('private');
    expect((await loadAndValidateContent(site.root)).model).toBeUndefined();
  });

  it("is refused as a declaration's signed copy and as a picture site.yaml names", async () => {
    const site = await siteWith('signed-and-site', { 'content/declarations/2567/.signed.pdf': tinyPdf(), 'content/.seal.png': 'x' });
    await site.edit('content/declarations/2567/no-gift.md', (text) =>
      text.replace('date: 2566-10-02\n', 'date: 2566-10-02\nsigned:\n  file: .signed.pdf\n  title: ฉบับลงนาม\n'),
    );
    await site.edit('content/site.yaml', (text) => `${text.trimEnd()}\nlogo:\n  image: .seal.png\n  alt: ตราองค์การบริหารส่วนตำบลทดสอบ\n`);
    const errors = await errorsOf(site);
    expect(errors.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/declarations/2567/no-gift.md', 'signed.file'],
      ['content/site.yaml', 'logo.image'],
    ]);
    for (const problem of errors) expect(problem.th).toContain('ขึ้นต้นด้วยจุด');
  });

  it('says nothing of hidden files nobody names (.gitkeep, .DS_Store): they are never published', async () => {
    const site = await siteWith('unnamed', {
      'content/documents/2567/.gitkeep': '',
      'content/.DS_Store': 'x',
      'content/documents/.hidden/x.pdf': 'x',
      // The same bad bytes under a plain name are still checked (the scratch site itself lives under .prongsai/).
      'content/documents/2567/not-a.pdf': 'x',
    });
    expect((await errorsOf(site)).map((problem) => problem.file)).toEqual(['content/documents/2567/not-a.pdf']);
  });
});
