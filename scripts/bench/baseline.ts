/**
 * The benchmark's baseline: the same Markdown rendered by a bare Astro project — one page per document with its title
 * and body, no validation, no other pages — then indexed by the Pagefind CLI with its defaults.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes the bare project into `dir` (emptied first), reading the documents under `documentsDir`. */
export async function writeBaselineProject(projectRoot: string, dir: string, documentsDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'prongsai-bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache', devToolbar: { enabled: false } });\n`,
  );
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = {\n  documents: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(documentsDir)} }) }),\n};\n`,
  );
  await writeFile(
    path.join(dir, 'src/pages/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const documents = await getCollection('documents');
  return documents.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="th">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
  );
}

/** The baseline's build: Astro, then the Pagefind CLI on its output, as one process tree. */
export const baselineCommand = 'node_modules/.bin/astro build && node_modules/.bin/pagefind --site dist --quiet';
