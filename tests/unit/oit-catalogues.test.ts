import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { oitCatalogueSchema, type OitCatalogue } from '../../src/schemas/oit-catalogue.ts';
import { documentTypesFileSchema } from '../../src/schemas/document-types.ts';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const oitDir = join(contentDir, 'oit');

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'), { schema: 'core' });
}

/** Zod issues as "path: message" lines, so a failure names the field. */
function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Values that occur more than once. */
function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

const vocabularyResult = documentTypesFileSchema.safeParse(readYaml(join(contentDir, 'document-types.yaml')));
const vocabularyIds = vocabularyResult.success ? vocabularyResult.data.types.map((type) => type.id) : [];

const catalogueFiles = readdirSync(oitDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const catalogues = catalogueFiles.map((file) => {
  const result = oitCatalogueSchema.safeParse(readYaml(join(oitDir, file)));
  return { file, result, data: result.success ? result.data : undefined };
});

/** The parsed catalogue; fails the test when the file did not validate. */
function dataOf(file: string): OitCatalogue {
  const entry = catalogues.find((catalogue) => catalogue.file === file);
  expect(entry?.data, `${file} did not validate`).toBeDefined();
  return entry!.data!;
}

describe('content/document-types.yaml', () => {
  it('validates against documentTypesFileSchema', () => {
    expect(issuesOf(vocabularyResult)).toEqual([]);
  });

  it('has unique ids', () => {
    expect(vocabularyIds.length).toBeGreaterThan(0);
    expect(duplicates(vocabularyIds)).toEqual([]);
  });

  it('has every type used by at least one catalogue', () => {
    const used = new Set(catalogues.flatMap((catalogue) => catalogue.data?.items.flatMap((item) => item.documentTypes) ?? []));
    expect(vocabularyIds.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('content/oit', () => {
  it('has catalogues for 2566 to 2569', () => {
    expect(catalogueFiles).toEqual(expect.arrayContaining(['2566.yaml', '2567.yaml', '2568.yaml', '2569.yaml']));
  });
});

describe.each(catalogueFiles)('content/oit/%s', (file) => {
  it('validates against oitCatalogueSchema', () => {
    const entry = catalogues.find((catalogue) => catalogue.file === file)!;
    expect(issuesOf(entry.result)).toEqual([]);
  });

  it('is named after its year', () => {
    expect(String(dataOf(file).year)).toBe(basename(file, '.yaml'));
  });

  it('has unique item codes', () => {
    const codes = dataOf(file).items.map((item) => item.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(duplicates(codes)).toEqual([]);
  });

  it('maps every item to at least one known document type', () => {
    const catalogue = dataOf(file);
    expect(catalogue.items.filter((item) => item.documentTypes.length === 0).map((item) => item.code)).toEqual([]);
    const unknown = catalogue.items.flatMap((item) =>
      item.documentTypes.filter((type) => !vocabularyIds.includes(type)).map((type) => `${item.code}: ${type}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has the ten indicators, numbered 1–10, once each', () => {
    expect(dataOf(file).indicators.map((indicator) => indicator.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('puts every item under an OIT indicator and a matching sub-indicator', () => {
    const catalogue = dataOf(file);
    const problems: string[] = [];
    for (const item of catalogue.items) {
      const indicator = catalogue.indicators.find((entry) => entry.number === item.indicator);
      if (!indicator) problems.push(`${item.code}: indicator ${item.indicator} not listed`);
      else if (indicator.tool !== 'OIT') problems.push(`${item.code}: indicator ${item.indicator} is measured by ${indicator.tool}`);
      if (!item.subIndicator.startsWith(`${item.indicator}.`)) {
        problems.push(`${item.code}: sub-indicator ${item.subIndicator} is not under indicator ${item.indicator}`);
      }
      if (indicator && indicator.subIndicators.length > 0 && !indicator.subIndicators.some((sub) => sub.code === item.subIndicator)) {
        problems.push(`${item.code}: sub-indicator ${item.subIndicator} not listed under indicator ${item.indicator}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has weights that add up to 100', () => {
    const { IIT, EIT, OIT } = dataOf(file).weights;
    expect(IIT + EIT + OIT).toBe(100);
  });

  it('lists tiers best first, ending at 0, with passing tiers at or above the pass mark', () => {
    const { tiers, passMark } = dataOf(file);
    const minTotals = tiers.map((tier) => tier.minTotal);
    expect(minTotals).toEqual([...minTotals].sort((a, b) => b - a));
    expect(minTotals.at(-1)).toBe(0);
    expect(tiers.filter((tier) => tier.passes !== tier.minTotal >= passMark).map((tier) => tier.label)).toEqual([]);
  });
});

describe.each(['2566.yaml', '2567.yaml'])('content/oit/%s (full list)', (file) => {
  it('has exactly the 43 items O1..O43 in order', () => {
    const expected = Array.from({ length: 43 }, (_, index) => `O${index + 1}`);
    expect(dataOf(file).items.map((item) => item.code)).toEqual(expected);
  });
});
