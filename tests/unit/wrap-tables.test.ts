import { describe, it, expect } from 'vitest';
import { wrapTables } from '../../src/lib/wrap-tables.ts';

describe('wrapTables', () => {
  it('wraps every table in a numbered, focusable region and leaves the rest alone', () => {
    const html = '<p>ก่อน</p><table><tr><td>1</td></tr></table><p>กลาง</p><table class="x"><tr><td>2</td></tr></table>';
    expect(wrapTables(html, 'ตาราง')).toBe(
      '<p>ก่อน</p><div class="table-scroll" role="region" tabindex="0" aria-label="ตาราง 1"><table><tr><td>1</td></tr></table></div>' +
        '<p>กลาง</p><div class="table-scroll" role="region" tabindex="0" aria-label="ตาราง 2"><table class="x"><tr><td>2</td></tr></table></div>',
    );
  });

  it('returns HTML without tables unchanged', () => {
    expect(wrapTables('<p>ไม่มีตาราง</p>', 'ตาราง')).toBe('<p>ไม่มีตาราง</p>');
  });
});
