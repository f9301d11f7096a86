/**
 * The build reads and checks procurement month files on a thread of their own, beside the rest of the content
 * (procurement-months.ts): what it finds must be exactly what validating on one thread finds — the model, every
 * problem once, with its file and line, and the IDs the allow-list let through.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { hasProcurementFolder, loadProcurementMonths } from '../../src/lib/content/procurement-months.ts';
import { copyFixtureSite, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { withCheckDigit } from '../helpers/attachment-bytes.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));
async function scratch(name: string): Promise<ScratchSite> {
  const site = await copyFixtureSite('procurement-year', `procurement-months-thread-${name}`);
  sites.push(site);
  return site;
}
const both = (site: ScratchSite) =>
  Promise.all([loadAndValidateContent(site.root, 'content', { procurementOnOwnThread: true }), loadAndValidateContent(site.root, 'content')]);

const person = withCheckDigit('309046913546');
const allowedPerson = withCheckDigit('471234567890');
const folder = 'content/procurement/2567';
/** A month file with one row, and what a test puts in it. */
const month = (iso: string, row: { item?: string; budget?: number; price?: number; reason?: string; attachment?: string } = {}) =>
  [
    `month: ${iso}`,
    `posted: ${iso}-28`,
    ...(row.attachment ? ['attachments:', `  - { file: ${row.attachment}, title: สรุปผล }`] : []),
    'rows:',
    `  - item: ${row.item ?? 'จัดซื้อวัสดุสำนักงาน'}`,
    `    budget: ${row.budget ?? 20000}`,
    '    method: specific',
    '    category: goods',
    `    winner: { name: ร้านสมใจการค้า, price: ${row.price ?? 19000}, taxId: "${person}" }`,
    `    reason: ${row.reason ?? 'ราคาต่ำสุด'}`,
    `    evidence: { kind: order, number: "9/${iso.replace('-', '')}", date: ${iso}-10 }`,
    '',
  ].join('\n');

describe('procurement months on a thread of their own', () => {
  it('give the same model, warnings and allowed IDs as one thread, on a valid year', async () => {
    const site = await scratch('valid');
    const [ownThread, oneThread] = await both(site);
    expect(ownThread.model?.procurement?.months.map((entry) => entry.id)).toEqual([
      '2567/2566-10',
      '2567/2566-11',
      '2567/2566-12',
      '2567/2567-01',
      '2567/2567-03',
    ]);
    expect(ownThread.problems.some((problem) => problem.severity === 'warning' && problem.file.startsWith(folder))).toBe(true);
    expect(ownThread).toStrictEqual(oneThread);
  });

  it('give every problem of a broken year once, with its file and line, as one thread does', async () => {
    const site = await scratch('broken');
    await site.write(`${folder}/2567-02.yaml`, month('2567-02', { item: `จัดซื้อวัสดุ ผู้ขาย ${person}`, price: 25000, attachment: 'no-such-file.pdf' }));
    await site.write(`${folder}/2567-04.yaml`, month('2567-04', { reason: `ผู้ขายยินยอม ${allowedPerson}` }));
    await site.write(`${folder}/2567-05.yaml`, month('2567-05', { item: 'จัดซื้อ (แก้ไข)' }));
    await site.write(`${folder}/2567-06.yaml`, 'month: 2567-06\nrows: [\n');
    await site.write(`${folder}/2567-07.yaml`, '   \n');
    await writeFile(path.join(site.root, `${folder}/2567-08.yaml`), Buffer.from([0x6d, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    await site.write(`${folder}/2566-10.yml`, month('2566-10'));
    await symlink('../../site.yaml', path.join(site.root, `${folder}/2567-09.yaml`));
    await site.write(
      'content/privacy-allowlist.yaml',
      `allow:\n  - { file: procurement/2567/2567-04.yaml, id: "${allowedPerson}", reason: ผู้ขายยินยอมเป็นหนังสือ }\n`,
    );

    const [ownThread, oneThread] = await both(site);
    expect(ownThread).toStrictEqual(oneThread);
    expect(ownThread.model).toBeUndefined();
    const errors = ownThread.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.file.slice(folder.length + 1)}:${problem.line ?? ''}`);
    // Worked out from the files above: February's attachment (line 4), the ID in its item (line 6, named once although it is also
    // published) and its price (line 10); May's placeholder; June's list opened and never closed (where it opens); an empty file; bytes that are not UTF-8; a second
    // October (the file, no line); a link.
    expect(errors.sort()).toEqual(
      [
        '2566-10.yml:',
        '2567-02.yaml:4',
        '2567-02.yaml:6',
        '2567-02.yaml:10',
        '2567-05.yaml:4',
        '2567-06.yaml:2',
        '2567-07.yaml:1',
        '2567-08.yaml:1',
        '2567-09.yaml:',
      ].sort(),
    );
    expect(ownThread.allowed).toEqual([{ file: `${folder}/2567-04.yaml`, line: 9, masked: '4-7123-XXXXX-XX-5', reason: 'ผู้ขายยินยอมเป็นหนังสือ' }]);
    expect(JSON.stringify(ownThread)).not.toContain(person);
  });

  it('read on their own, report their own reading problems and none of the other files', async () => {
    const site = await scratch('alone');
    await site.write(`${folder}/2567-07.yaml`, '   \n');
    await site.write('content/documents/broken.md', 'no front matter\n');
    const checked = await loadProcurementMonths(site.root, 'content');
    expect(checked.problems.map((problem) => problem.file)).toContain(`${folder}/2567-07.yaml`);
    expect(checked.problems.filter((problem) => !problem.file.startsWith(`${folder}/`))).toEqual([]);
  });

  it('start no thread without a folder of months, and a link in its place is reported as one thread reports it', async () => {
    const site = await scratch('no-folder');
    expect(hasProcurementFolder(site.root, 'content')).toBe(true);
    await rm(path.join(site.root, 'content/procurement'), { recursive: true });
    expect(hasProcurementFolder(site.root, 'content')).toBe(false);
    const [withoutMonths, oneThread] = await both(site);
    expect(withoutMonths.model?.procurement?.months ?? []).toEqual([]);
    expect(withoutMonths).toStrictEqual(oneThread);

    await mkdir(path.join(site.root, 'elsewhere/2567'), { recursive: true });
    await writeFile(path.join(site.root, 'elsewhere/2567/2566-10.yaml'), month('2566-10'));
    await symlink(path.join(site.root, 'elsewhere'), path.join(site.root, 'content/procurement'));
    expect(hasProcurementFolder(site.root, 'content')).toBe(false);
    const [linked, linkedOneThread] = await both(site);
    expect(linked.problems.filter((problem) => problem.file === 'content/procurement').map((problem) => problem.severity)).toEqual(['error']);
    expect(linked).toStrictEqual(linkedOneThread);
  });
});
