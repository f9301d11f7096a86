import { describe, it, expect } from 'vitest';
import { bahtForYaml, formatBaht, formatBahtAxisTick, parseMoney } from '../../src/lib/procurement/money.ts';
import { normalizeTaxId, personIdsIn, personTaxIds, publicTaxId } from '../../src/lib/procurement/tax-id.ts';
import { matchVocabulary } from '../../src/lib/procurement/match-vocabulary.ts';
import { procurementMethodAliases, procurementMethodLabels } from '../../src/i18n/procurement.ts';

describe('money is exact satang', () => {
  it.each([
    ['1,234.50 บาท', 123450],
    ['๑๒,๐๐๐', 1200000],
    ['12500', 1250000],
    [' 45,000.5 ', 4500050],
    ['1,500,000.00', 150000000],
    ['฿99.99', 9999],
    ['0.10', 10],
    ['7.500', 750],
  ] as const)('%s → %d satang', (written, satang) => {
    expect(parseMoney(written)).toEqual({ ok: true, satang });
  });

  it('numbers from YAML: 45000.5 and 0.1 + 0.2 style values land on whole satang', () => {
    expect(parseMoney(45000.5)).toEqual({ ok: true, satang: 4500050 });
    expect(parseMoney(0.1 + 0.2)).toEqual({ ok: true, satang: 30 });
    expect(parseMoney(29500.75)).toEqual({ ok: true, satang: 2950075 });
  });

  it.each([
    ['1,2345', 'format'],
    ['12.345', 'precision'],
    ['-', 'empty'],
    ['', 'empty'],
    ['-500', 'negative'],
    ['สิบบาท', 'format'],
    ['1.2.3', 'format'],
  ] as const)('%s is refused (%s)', (written, reason) => {
    expect(parseMoney(written)).toEqual({ ok: false, reason });
  });

  it('a sum of many satang amounts is exact where floating-point baht drift', () => {
    const amounts = Array.from({ length: 1000 }, () => '0.10');
    const satang = amounts.reduce((sum, amount) => sum + (parseMoney(amount) as { satang: number }).satang, 0);
    expect(satang).toBe(10000);
    expect(amounts.reduce((sum, amount) => sum + Number(amount), 0)).not.toBe(100);
  });

  it('formats back with separators and two decimals, and writes YAML that parses to the same satang', () => {
    expect(formatBaht(222949100)).toBe('2,229,491.00');
    expect(formatBaht(5)).toBe('0.05');
    expect(formatBaht(4499025)).toBe('44,990.25');
    // A comma before each group of three whole-baht digits, none at the edges of the group.
    expect(formatBaht(0)).toBe('0.00');
    expect(formatBaht(99900)).toBe('999.00');
    expect(formatBaht(100000)).toBe('1,000.00');
    expect(formatBaht(12345601)).toBe('123,456.01');
    expect(formatBaht(123456710)).toBe('1,234,567.10');
    expect(formatBaht(900719925474099)).toBe('9,007,199,254,740.99');
    for (const satang of [0, 5, 4499025, 150000000, 99]) expect(parseMoney(bahtForYaml(satang))).toEqual({ ok: true, satang });
  });

  it("labels a chart's amount axis in Thai words of size, never K, M or B", () => {
    expect(formatBahtAxisTick(0)).toBe('0');
    expect(formatBahtAxisTick(500)).toBe('500');
    expect(formatBahtAxisTick(2500)).toBe('2.5 พัน');
    expect(formatBahtAxisTick(150000)).toBe('1.5 แสน');
    expect(formatBahtAxisTick(2500000)).toBe('2.5 ล้าน');
    expect(formatBahtAxisTick(12000000)).toBe('12 ล้าน');
    for (const baht of [1000, 10000, 100000, 1000000, 1e9]) expect(formatBahtAxisTick(baht)).not.toMatch(/[A-Za-z]/);
  });
});

describe('tax IDs: a company (0…) is published, a person is masked', () => {
  it('reads 13 digits through dashes, spaces and Thai digits', () => {
    expect(normalizeTaxId('1-1037-02071-81-1')).toBe('1103702071811');
    expect(normalizeTaxId('๐๑๐๕๕๖๔๐๖๘๐๕๙')).toBe('0105564068059');
    expect(normalizeTaxId('0 1055 64068 05 9')).toBe('0105564068059');
    expect(normalizeTaxId(105564068059)).toBeUndefined();
    expect(normalizeTaxId('12345')).toBeUndefined();
  });

  it('publishes a company ID in full and a person ID with its last four digits as x', () => {
    expect(publicTaxId('0105564068059')).toBe('0105564068059');
    expect(publicTaxId('1103702071811')).toBe('110370207xxxx');
    // Not checksum-valid, still a person's: never published in full.
    expect(publicTaxId('3301500456781')).toBe('330150045xxxx');
  });

  it('finds a person ID in published text whatever the spacing or digits, and not its masked form', () => {
    const people = personTaxIds(['1103702071811', '0105564068059', undefined]);
    expect([...people]).toEqual(['1103702071811']);
    expect(personIdsIn('ผู้ชนะ 1-1037-02071-81-1', people)).toEqual(['1103702071811']);
    expect(personIdsIn('เลข ๑๑๐๓๗๐๒๐๗๑๘๑๑', people)).toEqual(['1103702071811']);
    expect(personIdsIn('"taxId":"1103702071811"', people)).toEqual(['1103702071811']);
    expect(personIdsIn('110370207xxxx และ 0105564068059', people)).toEqual([]);
  });
});

describe('methods are read as staff and e-GP write them', () => {
  it.each([
    ['เฉพาะเจาะจง', 'specific'],
    ['วิธีเฉพาะเจาะจง', 'specific'],
    ['e-bidding', 'e-bidding'],
    ['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'e-bidding'],
    ['ประกวดราคาอิเล็กทรอนิกส์', 'e-bidding'],
    ['ตลาดอิเล็กทรอนิกส์', 'e-market'],
    ['ตกลงราคา', 'price-agreement'],
    ['ประกวดราคา', 'bidding'],
  ] as const)('%s → %s', (written, id) => {
    expect(matchVocabulary(written, procurementMethodLabels, procurementMethodAliases)).toBe(id);
  });
  it('an unknown method is not guessed', () => {
    expect(matchVocabulary('จ้างเพื่อน', procurementMethodLabels, procurementMethodAliases)).toBeUndefined();
  });
});
