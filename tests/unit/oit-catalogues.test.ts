/**
 * The OIT catalogues shipped in content/oit (the NACC's lists, which every agency's site starts from), read and
 * checked by the project's own validator, and what must hold of them beyond its rules, asserted on the validated model.
 * That the validator's catalogue rules fire is shown on a broken copy of the minimal fixture.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const { model, problems } = await loadAndValidateContent(projectRoot);
const catalogueProblems = problems.filter((problem) => problem.file.startsWith('content/oit/') || problem.file === 'content/document-types.yaml');
const catalogues = model?.catalogues ?? [];
const byYear = (year: number) => catalogues.find((entry) => entry.data.year === year)?.data;

describe('content/oit and content/document-types.yaml, through the validator', () => {
  it('validate without a problem, and the model holds them', () => {
    expect(catalogueProblems).toEqual([]);
    expect(model, `content/ does not validate:\n${problems.map((problem) => `${problem.file}: ${problem.en}`).join('\n')}`).toBeDefined();
  });

  it('give a catalogue for each ITA year 2566 to 2569, in year order, each from the file named after its year', () => {
    expect(catalogues.map((entry) => entry.data.year)).toEqual(expect.arrayContaining([2566, 2567, 2568, 2569]));
    expect(catalogues.map((entry) => entry.data.year)).toEqual([...catalogues.map((entry) => entry.data.year)].sort());
    for (const entry of catalogues) expect(entry.file).toBe(`content/oit/${entry.data.year}.yaml`);
  });

  it.each([2566, 2567])('%s lists all 43 items O1..O43, in order', (year) => {
    expect(byYear(year)?.items.map((item) => item.code)).toEqual(Array.from({ length: 43 }, (_, index) => `O${index + 1}`));
  });

  it('use every document type of the vocabulary in at least one item', () => {
    const used = new Set(catalogues.flatMap((entry) => entry.data.items.flatMap((item) => item.documentTypes)));
    expect(model!.documentTypes.length).toBeGreaterThan(0);
    expect(model!.documentTypes.map((type) => type.id).filter((id) => !used.has(id))).toEqual([]);
  });

  describe.each([2566, 2567, 2568, 2569])('%s', (year) => {
    const catalogue = () => {
      const found = byYear(year);
      expect(found, `no validated catalogue for ${year}`).toBeDefined();
      return found!;
    };

    it('has the ten indicators, numbered 1–10, once each', () => {
      expect(catalogue().indicators.map((indicator) => indicator.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('puts every item under an indicator measured by OIT, in a sub-indicator of that indicator', () => {
      const { indicators, items } = catalogue();
      expect(items.length).toBeGreaterThan(0);
      const misplaced = items.flatMap((item) => {
        const indicator = indicators.find((entry) => entry.number === item.indicator)!;
        return [
          ...(indicator.tool === 'OIT' ? [] : [`${item.code}: indicator ${item.indicator} is measured by ${indicator.tool}`]),
          ...(item.subIndicator.startsWith(`${item.indicator}.`) ? [] : [`${item.code}: ${item.subIndicator} is not under indicator ${item.indicator}`]),
        ];
      });
      expect(misplaced).toEqual([]);
    });

    it('lists tiers best first, ending at 0, passing exactly at or above the pass mark', () => {
      const { tiers, passMark } = catalogue();
      const minTotals = tiers.map((tier) => tier.minTotal);
      expect(minTotals).toEqual([...minTotals].sort((a, b) => b - a));
      expect(minTotals.at(-1)).toBe(0);
      expect(tiers.filter((tier) => tier.passes !== tier.minTotal >= passMark).map((tier) => tier.label)).toEqual([]);
    });
  });
});

describe('the validator’s catalogue rules', () => {
  let site: ScratchSite | undefined;
  afterAll(() => site?.remove());

  it('report weights that do not add up to 100, a repeated code, an unknown document type or indicator, and a year that is not the file name', async () => {
    site = await copyFixtureSite('minimal', 'oit-catalogue-rules');
    await site.edit('content/oit/2567.yaml', (text) =>
      text
        .replace('year: 2567', 'year: 2568')
        .replace('weights: { IIT: 30, EIT: 30, OIT: 40 }', 'weights: { IIT: 30, EIT: 30, OIT: 30 }')
        .replace('  - code: O21', '  - code: O19')
        .replace('documentTypes: [no-gift-announcement]', 'documentTypes: [no-gift-anouncement]')
        .replace('indicator: 10\n    subIndicator: "10.2"', 'indicator: 11\n    subIndicator: "10.2"'),
    );
    const result = await loadAndValidateContent(site.root);
    expect(result.model).toBeUndefined();
    const fields = result.problems.filter((problem) => problem.file.endsWith('content/oit/2567.yaml')).map((problem) => problem.field);
    expect(fields.sort()).toEqual(['items[1].code', 'items[2].documentTypes[0]', 'items[3].indicator', 'weights', 'year'].sort());
  });
});
