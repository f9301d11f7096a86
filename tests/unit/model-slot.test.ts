import { describe, it, expect, vi } from 'vitest';
import * as slotModule from '../../src/lib/content/model-slot.ts';
import { contentModel, forgetContentModel, shareValidatedModel } from '../../src/lib/content/model-slot.ts';
import { inPageOrder, relationsOf, type ContentModel } from '../../src/lib/content/model.ts';

const entry = <T>(id: string, data: T) => ({ id, file: `content/x/${id}.md`, data, body: '' });
const neverLoad = () => Promise.reject(new Error('loaded although a model was in the slot'));

describe('the one process-wide slot for the validated model', () => {
  it('is shared through the process, whichever copy of the module reads it', async () => {
    const model = { documents: [] } as unknown as ContentModel;
    shareValidatedModel(model);
    expect(await contentModel(neverLoad)).toBe(model);
    // A second copy of the module (as Astro's bundled pages load it) sees the same model.
    vi.resetModules();
    const copy = await import('../../src/lib/content/model-slot.ts');
    expect(copy).not.toBe(slotModule);
    expect(await copy.contentModel(neverLoad)).toBe(model);
  });

  it('loads once until the content changes, then loads again', async () => {
    forgetContentModel();
    const first = { documents: [] } as unknown as ContentModel;
    const second = { documents: [] } as unknown as ContentModel;
    const load = vi.fn<() => Promise<ContentModel>>().mockResolvedValueOnce(first).mockResolvedValueOnce(second);
    expect(await contentModel(load)).toBe(first);
    expect(await contentModel(load)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    forgetContentModel();
    expect(await contentModel(load)).toBe(second);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the model', () => {
  const model = {
    site: {},
    documentTypes: [],
    catalogues: [entry('2568', { year: 2568 }), entry('2566', { year: 2566 })],
    scores: [entry('b', { year: 2567 }), entry('a', { year: 2566 })],
    documents: [
      entry('2567/plan-b', { type: 'plan', measures: ['m1'] }),
      entry('2566/plan', { type: 'plan', measures: [] }),
      entry('2567/report', { type: 'report', measures: ['m1', 'm2'] }),
    ],
    measures: [entry('m2', {}), entry('m1', {})],
    declarations: [entry('2567/no-gift', { measures: ['m2', 'missing'] })],
    news: [],
    qa: [],
    pages: [entry('privacy', {}), entry('about', {})],
  } as unknown as ContentModel;

  it('is put in the order pages expect: entries by id, catalogues and scores by year, without changing the original', () => {
    const ordered = inPageOrder(model);
    expect(ordered.catalogues.map((catalogue) => catalogue.id)).toEqual(['2566', '2568']);
    expect(ordered.scores.map((score) => score.id)).toEqual(['a', 'b']);
    expect(ordered.documents.map((document) => document.id)).toEqual(['2566/plan', '2567/plan-b', '2567/report']);
    expect(ordered.measures.map((measure) => measure.id)).toEqual(['m1', 'm2']);
    expect(ordered.pages.map((page) => page.id)).toEqual(['about', 'privacy']);
    expect(model.documents.map((document) => document.id)).toEqual(['2567/plan-b', '2566/plan', '2567/report']);
  });

  it('answers which entries relate to which, computed once per model', () => {
    const relations = relationsOf(model);
    expect(relationsOf(model)).toBe(relations);
    expect(relations.entry('measures', 'm1')?.id).toBe('m1');
    expect(relations.entry('measures', 'nope')).toBeUndefined();
    expect(relations.documentsOfType('plan').map((document) => document.id)).toEqual(['2567/plan-b', '2566/plan']);
    expect(relations.documentsCitingMeasure('m1').map((document) => document.id)).toEqual(['2567/plan-b', '2567/report']);
    expect(relations.declarationsCitingMeasure('m2').map((declaration) => declaration.id)).toEqual(['2567/no-gift']);
    expect(relations.measuresCitedBy(model.declarations[0]!).map((measure) => measure.id)).toEqual(['m2']);
  });
});
