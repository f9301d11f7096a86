import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { collectEvidence } from '../../src/lib/oit/evidence.ts';
import { assessCatalogue } from '../../src/lib/oit/status.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

/**
 * Independently written agencies (tests/fixtures/sites/oit-*), each item's status at two dates written from the
 * assessor's rules before the checker implemented them (tests/fixtures/sites/oit-fixtures.md tells each story).
 */
interface ExpectedItem {
  status: string;
  missingMonths?: string[];
  lateMonths?: string[];
  missingElements?: string[];
  /** When given: the automatic checks that fail (the site.yaml parts named as missing), compared as a set */
  missingChecks?: string[];
  why: string;
}

const sitesDir = path.join(projectRoot, 'tests/fixtures/sites');
const fixtures = readdirSync(sitesDir).filter((name) => name.startsWith('oit-') && !name.endsWith('.md'));

describe('the checker agrees item for item with statuses written from the rules', () => {
  it('has the fixture agencies', () => expect(fixtures.length).toBeGreaterThanOrEqual(4));

  for (const name of fixtures) {
    it(name, async () => {
      const contentDir = `tests/fixtures/sites/${name}/content`;
      const { model, problems } = await loadAndValidateContent(projectRoot, contentDir);
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const expected = JSON.parse(readFileSync(path.join(sitesDir, name, 'expected-2567.json'), 'utf8')) as {
        asOf: Record<string, Record<string, ExpectedItem>>;
      };
      const catalogue = model!.catalogues.find((entry) => entry.data.year === 2567)!.data;
      const evidence = collectEvidence(model!, `${contentDir}/site.yaml`);
      for (const [asOf, items] of Object.entries(expected.asOf)) {
        const disagreements = assessCatalogue(catalogue, evidence, model!.site, asOf).flatMap((assessment) => {
          const wanted = items[assessment.item.code];
          const failedChecks = [...new Set(assessment.missingCriteria.flatMap((criterion) => (criterion.check ? [criterion.check] : [])))].sort();
          const got = {
            status: assessment.status,
            missingMonths: assessment.missingMonths,
            lateMonths: assessment.lateMonths,
            missingElements: assessment.missingElements,
            ...(wanted?.missingChecks ? { missingChecks: failedChecks } : {}),
          };
          const want = {
            status: wanted?.status,
            missingMonths: wanted?.missingMonths ?? [],
            lateMonths: wanted?.lateMonths ?? [],
            missingElements: wanted?.missingElements ?? [],
            ...(wanted?.missingChecks ? { missingChecks: [...wanted.missingChecks].sort() } : {}),
          };
          return JSON.stringify(got) === JSON.stringify(want)
            ? []
            : [`${asOf} ${assessment.item.code}: expected ${JSON.stringify(want)} (${wanted?.why}), got ${JSON.stringify(got)}`];
        });
        expect(disagreements).toEqual([]);
        expect(Object.keys(items)).toHaveLength(catalogue.items.length);
      }
    });
  }
});
