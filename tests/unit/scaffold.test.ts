import { describe, it, expect, afterAll } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { scaffoldEntry, scaffoldKinds, firstFreePath, toBeDate } from '../../src/lib/scaffold.ts';
import { copyFixtureSite, type ScratchSite } from '../helpers/fixture-site.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));

describe('scaffoldEntry', () => {
  it('writes dates with the Buddhist-era year', () => {
    expect(toBeDate('2026-11-24')).toBe('2569-11-24');
  });

  it.each(scaffoldKinds)('writes a %s that validates as it is, in the current fiscal year folder', async (kind) => {
    const site = await copyFixtureSite('minimal', `scaffold-${kind}`);
    sites.push(site);
    const before = await loadAndValidateContent(site.root);
    const scaffold = scaffoldEntry(kind, { today: '2026-11-24', documentTypes: before.model!.documentTypes, documentType: 'procurement-plan' });
    await site.write(`content/${scaffold.path}`, scaffold.text);
    const { problems, model } = await loadAndValidateContent(site.root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(model).toBeDefined();
    expect(scaffold.fillIn.length).toBeGreaterThan(0);
    // 24 Nov 2026 (CE) is in fiscal year 2570.
    if (kind !== 'news' && kind !== 'qa') expect(scaffold.path).toContain('/2570/');
  });

  it('puts a new document in its fiscal year and names it after its type and date', () => {
    const scaffold = scaffoldEntry('document', { today: '2024-09-30', documentTypes: [{ id: 'procurement-plan', th: 'แผน', en: 'Plan', source: 'documents' }], documentType: 'procurement-plan' });
    expect(scaffold.path).toBe('documents/2567/procurement-plan-2567-09-30.md');
    expect(scaffold.text).toContain('fiscalYear: 2567');
    expect(scaffold.text).toContain('published: 2567-09-30');
  });

  it('refuses an unknown document type', () => {
    expect(() => scaffoldEntry('document', { today: '2024-09-30', documentTypes: [], documentType: 'nope' })).toThrow('unknown document type');
  });
});

describe('firstFreePath', () => {
  it('adds a counter when the name is taken', () => {
    const taken = new Set(['news/a.md', 'news/a-2.md']);
    expect(firstFreePath('news/a.md', (candidate) => taken.has(candidate))).toBe('news/a-3.md');
    expect(firstFreePath('news/b.md', (candidate) => taken.has(candidate))).toBe('news/b.md');
  });
});
