import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { validateInWorker } from '../../src/lib/content/validate-in-worker.ts';
import { contentModel, forgetContentModel, shareValidatedModel } from '../../src/lib/content/model-slot.ts';
import type { ContentModel } from '../../src/lib/content/model.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

describe('validating in a worker thread (npm run build)', () => {
  it('gives the same result as validating on the main thread: the example content, model and warnings', async () => {
    const [inWorker, here] = await Promise.all([validateInWorker(projectRoot, 'content'), loadAndValidateContent(projectRoot, 'content')]);
    expect(inWorker.model).toBeDefined();
    expect(inWorker.model!.documents.length).toBeGreaterThan(0);
    expect(inWorker.model!.measures.length).toBeGreaterThan(0);
    expect(inWorker).toStrictEqual(here);
  });

  it('gives the problems of invalid content, not an error', async () => {
    const result = await validateInWorker(projectRoot, path.join('tests', 'fixtures', 'sites', 'no-such-agency'));
    expect(result.model).toBeUndefined();
    expect(result.problems.some((problem) => problem.severity === 'error')).toBe(true);
  });
});

describe('a model shared while it is still being validated', () => {
  it('is what the pages get once validated', async () => {
    const model = { documents: [] } as unknown as ContentModel;
    let finish!: (value: ContentModel) => void;
    shareValidatedModel(new Promise<ContentModel>((resolve) => (finish = resolve)));
    const reading = contentModel(() => Promise.reject(new Error('loaded although a model was shared')));
    finish(model);
    expect(await reading).toBe(model);
    forgetContentModel();
  });

  it('failing before any page asks for it raises no unhandled rejection (the build reports the problems itself)', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    shareValidatedModel(Promise.reject(new Error('the content is invalid')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', record);
    forgetContentModel();
    expect(unhandled).toEqual([]);
  });
});
