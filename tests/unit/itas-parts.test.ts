import { describe, expect, it } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { collectEvidence } from '../../src/lib/oit/evidence.ts';
import { assessCatalogue } from '../../src/lib/oit/status.ts';
import { itasRows } from '../../src/lib/exports/itas-sheet.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

/** Issue 21: the example has an address but no telephone, e-mail or map; the ITAS sheet must not read as if O5 were complete. */
describe('the ITAS sheet claims no more of an item than is there', () => {
  it('describes the example’s contact evidence by the one part it has', async () => {
    const { model } = await loadAndValidateContent(projectRoot, 'content');
    const catalogue = model!.catalogues.find((entry) => entry.data.year === 2567)!.data;
    const assessment = assessCatalogue(catalogue, collectEvidence(model!), model!.site, '2024-09-30');
    const contact = assessment.find((entry) => entry.item.code === 'O5')!;
    expect(contact.status).toBe('incomplete');
    expect(contact.missingCriteria.map((criterion) => criterion.check)).toEqual(['has-phone', 'has-email', 'has-map']);
    const row = itasRows(2567, assessment, model!.site.siteUrl, { showGaps: false }).find((candidate) => candidate.code === 'O5')!;
    // There is evidence for the assessors to look at, described as exactly what it is.
    expect(row.answer).toBe('มี');
    expect(row.explanation).toContain('ข้อมูลการติดต่อ (ที่อยู่)');
    expect(row.explanation).not.toMatch(/โทรศัพท์|อีเมล|แผนที่/);
  });
});
