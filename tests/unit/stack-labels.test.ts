import { describe, expect, it } from 'vitest';
import { cssString, stackedColumnLabels } from '../../src/lib/site/stack-labels.ts';
import { formTableStyle, formHeaders } from '../../src/lib/procurement-views/view.ts';

describe('a long table names its columns once, in style rules', () => {
  it('one rule per column, in order, under the width where tables stack, with an empty alternative text', () => {
    const css = stackedColumnLabels('form-table', ['ลำดับที่', 'งานที่จัดซื้อหรือจัดจ้าง']);
    expect(css.startsWith('@media (max-width: 40rem){')).toBe(true);
    expect(css).toContain('table.form-table>tbody>tr>td:nth-child(1)::before{content:"ลำดับที่";content:"ลำดับที่" / ""}');
    expect(css).toContain('td:nth-child(2)::before{content:"งานที่จัดซื้อหรือจัดจ้าง"');
    expect(css).not.toContain('nth-child(3)');
  });

  it('the procurement form: its nine columns from the dictionary', () => {
    expect(formHeaders).toHaveLength(9);
    for (const [index, header] of formHeaders.entries()) expect(formTableStyle).toContain(`td:nth-child(${index + 1})::before{content:"${header}"`);
  });

  it('a name can never end the style element or the string it stands in', () => {
    expect(cssString('a"b')).toBe('"a\\"b"');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    const hostile = stackedColumnLabels('t', ['</style><script>alert(1)</script>', 'x\ny']);
    expect(hostile).not.toMatch(/<\/style/i);
    expect(hostile).not.toContain('<');
    expect(hostile).toContain('x\\a y');
    expect(() => stackedColumnLabels('t{}', ['x'])).toThrow();
  });
});
