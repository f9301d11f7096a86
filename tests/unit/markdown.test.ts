import { describe, it, expect } from 'vitest';
import { renderMarkdown } from '../../src/lib/content/markdown.ts';

describe('renderMarkdown (documents, rendered outside Astro’s content store)', () => {
  it('renders GFM tables, heading ids and smart punctuation as Astro’s Markdown does', async () => {
    const html = await renderMarkdown('\n## ขั้นตอน\n\nตาม "ประกาศ" -- ฉบับที่ 1\n\n| ลำดับ | รายการ |\n|---|---|\n| 1 | จัดซื้อ |\n');
    expect(html).toContain('<h2 id="ขั้นตอน">ขั้นตอน</h2>');
    expect(html).toContain('ตาม “ประกาศ” – ฉบับที่ 1');
    expect(html).toMatch(/<table>[\s\S]*<th>ลำดับ<\/th>[\s\S]*<td>จัดซื้อ<\/td>[\s\S]*<\/table>/);
  });

  it('escapes raw text and keeps links', async () => {
    const html = await renderMarkdown('ราคา 5 < 6 และ [ประกาศ](/documents/2567/plan/)');
    expect(html).toContain('5 &lt; 6');
    expect(html).toContain('<a href="/documents/2567/plan/">ประกาศ</a>');
  });
});
