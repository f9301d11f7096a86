/**
 * No import circle under src/: neither between modules nor between folders. The detector is first shown to find a
 * module cycle and a folder loop in tests/fixtures/import-circles, and to read every module of src/, so that an empty
 * answer for src/ means there is none.
 */
import { describe, it, expect } from 'vitest';
import { findImportCircles } from '../helpers/import-circles.ts';

const fixtures = 'tests/fixtures/import-circles';

describe('the import-circle detector', () => {
  it('finds a module cycle, even when the way back is a type-only import', async () => {
    const found = await findImportCircles(`${fixtures}/files`);
    expect(found.moduleCycles).toEqual([`${fixtures}/files/a.ts → ${fixtures}/files/b.ts → ${fixtures}/files/a.ts`]);
  });

  it('finds a folder loop made of modules that form no cycle themselves', async () => {
    const found = await findImportCircles(`${fixtures}/folders`);
    expect(found.moduleCycles).toEqual([]);
    expect(found.folderLoops).toEqual([`${fixtures}/folders/one → ${fixtures}/folders/two → ${fixtures}/folders/one`]);
  });

  it('finds nothing in a tree without circles', async () => {
    const found = await findImportCircles(`${fixtures}/clean`);
    expect(found.modules).toEqual([`${fixtures}/clean/leaf.ts`, `${fixtures}/clean/top.ts`]);
    expect(found).toMatchObject({ unresolved: [], moduleCycles: [], folderLoops: [] });
  });
});

describe('src/', async () => {
  const found = await findImportCircles('src');

  it('is read whole: the pages, integrations and libraries, with every relative import resolved', () => {
    expect(found.modules).toEqual(expect.arrayContaining(['src/lib/content/validate-content.ts', 'src/integrations/prongsai.ts', 'src/pages/rss.xml.ts']));
    expect(found.unresolved).toEqual([]);
  });

  it('has no circular import between modules', () => {
    expect(found.moduleCycles, `circular imports under src/:\n${found.moduleCycles.join('\n')}\n`).toEqual([]);
  });

  it('has no import loop between folders', () => {
    expect(found.folderLoops, `folders importing from each other under src/:\n${found.folderLoops.join('\n')}\n`).toEqual([]);
  });
});
