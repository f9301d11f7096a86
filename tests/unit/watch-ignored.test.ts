/** What `npm run dev` reloads for: the content and the code, not a build or a test writing beside it. */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { ignoredByDevServer } from '../../src/lib/dev/watch-ignored.ts';
import { besideOutput } from '../../src/lib/build/swap-output.ts';

const root = path.resolve('/agency');
const at = (relative: string) => path.join(root, ...relative.split('/'));

describe('ignoredByDevServer', () => {
  it('passes over the work folder and the build output, and watches the content, the code and the folders above the content', () => {
    const ignored = ignoredByDevServer(root, at('.prongsai'), at('content'));
    for (const file of [
      '.prongsai',
      '.prongsai/staging-41/index.html',
      '.prongsai/pdf-text/ab.json',
      'dist',
      'dist/documents/index.html',
      '.dist-staging-1234/a.html',
      '.dist-previous/index.html',
      '.dist-incoming-77/index.html',
      // The names the build gives them (swap-output.ts), whatever they become.
      path.basename(besideOutput.staging(at('dist'), 4321)) + '/index.html',
      path.basename(besideOutput.incoming(at('dist'), 4321)) + '/index.html',
      path.basename(besideOutput.retired(at('dist'))) + '/index.html',
    ]) {
      expect(ignored(at(file)), file).toBe(true);
    }
    for (const file of [
      'content',
      'content/site.yaml',
      'content/documents/2567/plan.md',
      'src/pages/index.astro',
      'public/favicon.svg',
      'distribution/notes.md',
      'dist-old/a.html',
      '.dist-staging-next/a.html',
      '.distro-previous/a.html',
    ]) {
      expect(ignored(at(file)), file).toBe(false);
    }
    // Paths as the watcher may give them: relative to the project.
    expect(ignored('dist/index.html')).toBe(true);
    expect(ignored('content/site.yaml')).toBe(false);
  });

  it('watches content kept inside the work folder (a test site) and the folders that lead to it, not the sites beside it', () => {
    const content = at('.prongsai/test-sites/dev-server/content');
    const ignored = ignoredByDevServer(root, at('.prongsai'), content);
    for (const file of ['.prongsai', '.prongsai/test-sites', '.prongsai/test-sites/dev-server', '.prongsai/test-sites/dev-server/content/site.yaml']) {
      expect(ignored(at(file)), file).toBe(false);
    }
    for (const file of [
      '.prongsai/test-sites/verify-deployed/index.html',
      '.prongsai/test-out/search-index-test/from-files/index.html',
      '.prongsai/test-sites/dev-server/dist/index.html',
    ]) {
      expect(ignored(at(file)), file).toBe(true);
    }
  });
});
