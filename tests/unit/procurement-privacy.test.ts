/**
 * The privacy rule where the build itself writes a value again (QA report F5, F9): row addresses and OCDS ids made
 * from e-GP and contract numbers, YAML numbers that the build writes out in other digits, the tax-ID field's own
 * spellings, the refusal of a published file, and every message that quotes a content value.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import type { ContentProblem } from '../../src/lib/content/problem.ts';
import type { ContentModel } from '../../src/lib/content/model.ts';
import { formatProblems } from '../../src/lib/content/format-problems.ts';
import { rowSlugs } from '../../src/lib/procurement/row-slugs.ts';
import { normalizeTaxId, publicTaxId } from '../../src/lib/procurement/tax-id.ts';
import { ocdsReleasePackage, procurementDatasets } from '../../src/lib/procurement-views/exports.ts';
import { PersonalIdInOutputError } from '../../src/lib/procurement-views/view.ts';
import { personIdNumbersIn } from '../../src/lib/guards/thai-national-id.ts';
import { copyFixtureSite, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { withCheckDigit } from '../helpers/attachment-bytes.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));
let count = 0;
async function scratch(): Promise<ScratchSite> {
  const site = await copyFixtureSite('procurement-year', `procurement-privacy-${(count += 1)}`);
  sites.push(site);
  return site;
}
const errorsOf = async (site: ScratchSite) => (await loadAndValidateContent(site.root)).problems.filter((problem) => problem.severity === 'error');
const short = (problem: ContentProblem) => `${problem.file.replace(/^.*procurement\/2567\//, '')}:${problem.line ?? ''} ${problem.field ?? ''}`;
const december = 'content/procurement/2567/2566-12.yaml';
const withoutEgp = (text: string) => text.replace('    egpNumber: "66129012345"\n', '');
const superscript = (digits: string) => digits.replace(/\d/g, (digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]!);
const fullWidth = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
const groups = (id: string, separator: string) => [id[0], id.slice(1, 5), id.slice(5, 10), id.slice(10, 12), id[12]].join(separator);
/** A person's ID whose check digit is wrong: still a person's, and not found by checksum. */
const checksumFailing = (first12: string) => first12 + String((Number(withCheckDigit(first12)[12]) + 3) % 10);

const person = withCheckDigit('309046913546');
const other = withCheckDigit('471234567890');

describe('F5: addresses and OCDS ids never carry a person ID the build wrote itself', () => {
  const row = (number: string, egpNumber?: string) => ({ evidence: { kind: 'contract' as const, number }, ...(egpNumber ? { egpNumber } : {}) });

  it.each([
    ['an e-GP number in superscript digits', row('1/2567', superscript(person)), 'contract-1-2567'],
    ['an e-GP number with underscores', row('1/2567', groups(person, '_')), 'contract-1-2567'],
    ['an e-GP number with three separators between two groups', row('1/2567', `${person[0]} - / ${person.slice(1)}`), 'contract-1-2567'],
    ['a contract number with slashes', row(groups(other, '/')), 'row-1'],
    ['a contract number in superscript digits', row(superscript(other)), 'row-1'],
    ['a contract number with Thai letters between the groups', row(groups(other, 'ก')), 'row-1'],
  ])('rowSlugs falls back to the next name, or the position, for %s', (_name, written, expected) => {
    const [slug] = rowSlugs([written]);
    expect(personIdNumbersIn(slug!)).toEqual([]);
    expect(slug).toBe(expected);
  });

  it('a number whose address is harmless keeps its address', () => {
    expect(rowSlugs([row('1/2567', '66129012345'), row('12/2567')])).toEqual(['66129012345', 'contract-12-2567']);
  });

  it.each([
    [
      'egpNumber with underscores',
      (text: string) => text.replace('egpNumber: "66129012345"', `egpNumber: "${groups(person, '_')}"`),
      '2566-12.yaml:17 rows[0].egpNumber',
    ],
    [
      'evidence.number with three separators between two groups',
      (text: string) => withoutEgp(text).replace('number: "1/2567"', `number: "${other.slice(0, 4)} -/ ${other.slice(4)}"`),
      '2566-12.yaml:16 rows[0].evidence.number',
    ],
  ])('validation refuses a value whose address or OCDS id would carry a person ID: %s', async (_name, change, where) => {
    const site = await scratch();
    await site.edit(december, change);
    const errors = await errorsOf(site);
    expect(errors.map(short)).toEqual([where]);
    expect(errors[0]!.th).toContain('เลขประจำตัวประชาชน');
  });

  it.each([
    ['a float', 'egpNumber: 6.6129012345e10', 'egpNumber', 17],
    ['a hexadecimal number', 'egpNumber: 0x1F', 'egpNumber', 17],
    ['an octal number', 'egpNumber: 0o17', 'egpNumber', 17],
    ['a number that lost its leading 0', 'egpNumber: 066129012345', 'egpNumber', 17],
  ])('an e-GP number written as %s is refused, asking for quotes', async (_name, written, field, line) => {
    const site = await scratch();
    await site.edit(december, (text) => text.replace('egpNumber: "66129012345"', written));
    const errors = await errorsOf(site);
    expect(errors.map(short)).toEqual([`2566-12.yaml:${line} rows[0].${field}`]);
    expect(errors[0]!.fixTh).toContain('เครื่องหมายคำพูด');
    expect(errors[0]!.fixTh).toContain(`${field}: "${written.slice(field.length + 2)}"`);
  });

  it('a contract number written as a YAML float or hex number is refused the same way; plain digits are still fine', async () => {
    const site = await scratch();
    await site.edit(december, (text) => text.replace('number: "1/2567"', 'number: 1.5').replace('egpNumber: "66129012345"', 'egpNumber: 66129012345'));
    expect((await errorsOf(site)).map(short)).toEqual(['2566-12.yaml:16 rows[0].evidence.number']);
    const plain = await scratch();
    await plain.edit(december, (text) => text.replace('number: "1/2567"', 'number: 12').replace('egpNumber: "66129012345"', 'egpNumber: 66129012345'));
    const { model, problems } = await loadAndValidateContent(plain.root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const row = model!.procurement!.months.find((entry) => entry.data.month === '2023-12')!.data.rows[0]!;
    expect([row.egpNumber, row.evidence.number]).toEqual(['66129012345', '12']);
  });

  it('OCDS ids are unique and stable when a contract number has no ASCII digits (side bug: two "…-contract--")', async () => {
    const site = await scratch();
    await site.edit(december, (text) =>
      withoutEgp(text)
        .replace('number: "1/2567"', 'number: "ตามบันทึกข้อตกลง"')
        .concat(
          [
            '  - item: จ้างเหมาซ่อมถนน',
            '    budget: 600000',
            '    method: e-bidding',
            '    category: จ้างก่อสร้าง',
            '    winner: { name: หจก.ทองดีก่อสร้าง, price: 590000, taxId: "0303560001234" }',
            '    reason: เสนอราคาต่ำสุด',
            '    evidence: { kind: contract, number: "ตามหนังสือสั่งการ", date: 2566-12-20 }',
            '',
          ].join('\n'),
        ),
    );
    const { model } = await loadAndValidateContent(site.root);
    expect(model).toBeDefined();
    const ocids = (built: ContentModel) =>
      (ocdsReleasePackage(built, 2567) as { releases: { ocid: string; id: string }[] }).releases.map((release) => release.ocid);
    const first = ocids(model!);
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((ocid) => /--|-$/.test(ocid))).toEqual([]);
    // Stable: the same content gives the same ids.
    expect(ocids((await loadAndValidateContent(site.root)).model!)).toEqual(first);
  });
});

describe('F9b: the tax-ID field reads what the guard reads', () => {
  it.each([
    ['full-width digits', fullWidth(person)],
    ['soft hyphens between the digits', [...person].join('\u00AD')],
    ['a zero-width space and a word joiner', `${person.slice(0, 6)}\u200B${person.slice(6, 9)}\u2060${person.slice(9)}`],
    ['superscript digits', superscript(person)],
    ['Thai digits with dashes', groups(person, '-').replace(/\d/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)))],
  ])('normalizeTaxId reads %s as the 13 digits, and the person ID is still masked', (_name, written) => {
    expect(normalizeTaxId(written)).toBe(person);
    expect(publicTaxId(normalizeTaxId(written))).toBe(`${person.slice(0, 9)}xxxx`);
  });

  it('14 digits or letters are still not a tax ID', () => {
    expect(normalizeTaxId(`${fullWidth(person)}7`)).toBeUndefined();
    expect(normalizeTaxId(`${person.slice(0, 12)}O`)).toBeUndefined();
  });

  it('a month with a full-width person tax ID builds, masked', async () => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2566-10.yaml', (text) => text.replace('taxId: "1-1037-02071-81-1"', `taxId: "${fullWidth(person)}"`));
    const { model, problems } = await loadAndValidateContent(site.root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(model!.procurement!.months[0]!.data.rows[0]!.winner.taxId).toBe(person);
  });
});

describe('F9c: no message quotes a person ID in full', () => {
  it('a list value holding an ID is quoted masked, like the guard masks it', async () => {
    const site = await scratch();
    await site.edit(december, (text) => text.replace('status: ระหว่างดำเนินการ', `status: ระหว่างดำเนินการ ${person}`));
    const { problems } = await loadAndValidateContent(site.root);
    const log = formatProblems(problems);
    expect(log).toContain('ไม่อยู่ในรายการที่ใช้ได้');
    expect(log).not.toContain(person);
    expect(log).toContain(`"ระหว่างดำเนินการ ${person[0]}-${person.slice(1, 5)}-XXXXX-XX-${person[12]}"`);
  });

  it.each([
    ['14 digits (a typo)', `${person}7`],
    ['full-width 14 digits', fullWidth(`${person}7`)],
    ['12 digits', person.slice(0, 12)],
  ])('a tax ID that is not 13 digits is named without its digits: %s', async (_name, written) => {
    const site = await scratch();
    await site.edit('content/procurement/2567/2566-10.yaml', (text) => text.replace('taxId: "1-1037-02071-81-1"', `taxId: "${written}"`));
    const { problems } = await loadAndValidateContent(site.root);
    const taxIdProblems = problems.filter((problem) => problem.field === 'rows[0].winner.taxId');
    expect(taxIdProblems.map((problem) => problem.th)).toEqual([expect.stringContaining('ไม่ใช่ตัวเลข 13 หลัก')]);
    expect(`${taxIdProblems[0]!.th} ${taxIdProblems[0]!.en}`.normalize('NFKC')).not.toMatch(/\d{10}/);
    const log = formatProblems(problems);
    expect(log.normalize('NFKC')).not.toContain(person.slice(0, 10));
    // The fix still shows the example company ID in full.
    expect(log).toContain('"0105564068059"');
  });
});

describe('F9a: the refusal of a published file names the content that carried the ID', () => {
  it('names the month file, the row and the field, and which tax ID it is', async () => {
    const site = await scratch();
    const id = checksumFailing('509229629630');
    // "9" + the ID: not a person ID by the guard's reading (14 digits, checksum failing), but the winner's own tax ID is in it.
    await site.edit('content/procurement/2567/2567-03.yaml', (text) =>
      text.replace('winner: { name: สหกรณ์การเกษตรห้วยแถลง จำกัด, price: "29,500.75" }', `winner: { name: "ร้านค้า 9${id}", price: "29,500.75", taxId: "${id}" }`),
    );
    const { model } = await loadAndValidateContent(site.root);
    expect(model).toBeDefined();
    let error: unknown;
    try {
      procurementDatasets(model!);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(PersonalIdInOutputError);
    const message = (error as Error).message;
    expect(message).toContain('/data/procurement-2567.csv');
    expect(message).toContain('procurement/2567/2567-03.yaml');
    expect(message).toContain('รายการที่ 1');
    expect(message).toContain('rows[0].winner.name');
    expect(message).toContain('rows[0].winner.taxId');
    expect(message).not.toContain(id);
    expect(message).toContain(`${id[0]}-${id.slice(1, 5)}-XXXXX-XX-${id[12]}`);
  });
});
