import { describe, it, expect, vi } from 'vitest';
import * as sharedModule from '../../src/lib/content/shared-model.ts';
import { inPageOrder, shareValidatedModel, sharedValidatedModel } from '../../src/lib/content/shared-model.ts';
import type { ContentModel } from '../../src/lib/content/validate-content.ts';

const entry = <T>(id: string, data: T) => ({ id, file: `content/x/${id}.md`, data, body: '' });

describe('the validated model handed from the build to the pages', () => {
  it('is shared through the process, whichever copy of the module reads it', async () => {
    const model = { documents: [] } as unknown as ContentModel;
    shareValidatedModel(model);
    expect(sharedValidatedModel()).toBe(model);
    // A second copy of the module (as Astro's bundled pages load it) sees the same model.
    vi.resetModules();
    const copy = await import('../../src/lib/content/shared-model.ts');
    expect(copy).not.toBe(sharedModule);
    expect(copy.sharedValidatedModel()).toBe(model);
  });

  it('is put in the order pages expect: entries by id, catalogues and scores by year, without changing the original', () => {
    const model = {
      site: {},
      documentTypes: [],
      catalogues: [entry('2568', { year: 2568 }), entry('2566', { year: 2566 })],
      scores: [entry('b', { year: 2567 }), entry('a', { year: 2566 })],
      documents: [entry('2567/plan-b', {}), entry('2566/plan', {}), entry('2567/plan-a', {})],
      measures: [entry('m2', {}), entry('m1', {})],
      declarations: [],
      news: [],
      qa: [],
      pages: [entry('privacy', {}), entry('about', {})],
    } as unknown as ContentModel;
    const ordered = inPageOrder(model);
    expect(ordered.catalogues.map((catalogue) => catalogue.id)).toEqual(['2566', '2568']);
    expect(ordered.scores.map((score) => score.id)).toEqual(['a', 'b']);
    expect(ordered.documents.map((document) => document.id)).toEqual(['2566/plan', '2567/plan-a', '2567/plan-b']);
    expect(ordered.measures.map((measure) => measure.id)).toEqual(['m1', 'm2']);
    expect(ordered.pages.map((page) => page.id)).toEqual(['about', 'privacy']);
    expect(model.documents.map((document) => document.id)).toEqual(['2567/plan-b', '2566/plan', '2567/plan-a']);
  });
});
