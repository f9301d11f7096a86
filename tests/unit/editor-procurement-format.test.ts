/**
 * The editor's format for procurement month files: what staff wrote in Thai (as docs/procurement.md shows) opens with
 * the drop-downs' ids selected, and what the form writes back is the same month, valid, in the form's order.
 */
import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { procurementFormat, rowKeyOrder, withVocabularyIds } from '../../src/lib/editor/procurement-format.ts';
import { procurementMonthSchema, procurementRowSchema } from '../../src/schemas/procurement.ts';

const fixture = (name: string) => readFile(new URL(`../fixtures/sites/procurement-year/content/procurement/2567/${name}`, import.meta.url), 'utf8');

describe('reading a month file for the form', () => {
  it('Thai names and spelling variants become the ids the drop-downs hold', async () => {
    const october = procurementFormat.fromFile(await fixture('2566-10.yaml')) as { rows: Record<string, unknown>[] };
    expect(october.rows.map((row) => [row.method, row.category, (row.evidence as { kind: string }).kind, row.status])).toEqual([
      ['specific', 'goods', 'order', 'ended'],
      ['specific', 'services', 'order', undefined],
    ]);
    const december = procurementFormat.fromFile(await fixture('2566-12.yaml')) as { rows: Record<string, unknown>[] };
    expect([december.rows[0]!.category, december.rows[0]!.status, december.rows[0]!.method]).toEqual(['works', 'in-progress', 'e-bidding']);
  });

  it('everything else is as written; a value that names nothing stays, for the check to explain', () => {
    const data = {
      month: '2566-10',
      posted: '2566-11-03',
      rows: [{ item: 'x', method: 'จ้างญาติ', category: 'ซื้อ', budget: '1,000', evidence: { number: '1/2567', date: '2566-10-01' } }],
    };
    expect(withVocabularyIds(data)).toEqual({ ...data, rows: [{ ...data.rows[0], category: 'goods' }] });
    expect(withVocabularyIds({ month: '2566-11', posted: '2566-12-01', noProcurement: true })).toEqual({
      month: '2566-11',
      posted: '2566-12-01',
      noProcurement: true,
    });
  });

  it('a file that is not YAML is refused, as Decap refuses it', () => {
    expect(() => procurementFormat.fromFile('rows: [\n')).toThrow();
  });
});

describe('writing it back', () => {
  it("the same month, valid, keys in the form's order", async () => {
    const text = await fixture('2566-12.yaml');
    const written = procurementFormat.toFile(procurementFormat.fromFile(text), ['month', 'fiscalYear', 'posted', 'noProcurement', 'rows', 'attachments']);
    expect(written.split('\n').slice(0, 3)).toEqual(['month: 2566-12', 'posted: 2567-02-10', 'rows:']);
    expect(procurementMonthSchema.parse(parse(written))).toEqual(procurementMonthSchema.parse(parse(text)));
  });

  it("a row's fields come back in the schema's order, whatever order the form hands them over in", () => {
    expect(rowKeyOrder).toEqual(Object.keys(procurementRowSchema.shape));
    const scrambled = {
      month: '2566-12',
      posted: '2567-02-10',
      rows: [
        {
          status: 'in-progress',
          winner: { price: 10, name: 'ร้าน' },
          item: 'งาน',
          evidence: { date: '2566-12-15', kind: 'order', number: '1/2567' },
          budget: 10,
          method: 'specific',
          category: 'goods',
          bidders: [{ price: 10, name: 'ร้าน' }],
        },
      ],
    };
    expect(procurementFormat.toFile(scrambled, ['month', 'posted', 'rows'])).toBe(
      [
        'month: 2566-12',
        'posted: 2567-02-10',
        'rows:',
        '  - item: งาน',
        '    budget: 10',
        '    method: specific',
        '    category: goods',
        '    bidders:',
        '      - name: ร้าน',
        '        price: 10',
        '    winner:',
        '      name: ร้าน',
        '      price: 10',
        '    evidence:',
        '      kind: order',
        '      number: 1/2567',
        '      date: 2566-12-15',
        '    status: in-progress',
        '',
      ].join('\n'),
    );
  });

  it('keys given out of order come back in the order of the form', () => {
    const written = procurementFormat.toFile({ rows: [], posted: '2566-12-05', month: '2566-11', noProcurement: true }, [
      'month',
      'posted',
      'noProcurement',
      'rows',
    ]);
    expect(written).toBe('month: 2566-11\nposted: 2566-12-05\nnoProcurement: true\nrows: []\n');
  });
});
