import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { splitMarkdownSource, parseYaml } from '../lib/content/parse-source.ts';
import { entryIdFromPath } from '../lib/content/entry-id.ts';

/** Front matter read with our YAML reader, so BE dates (2567-02-29) reach the schema as typed, not rolled over by js-yaml. */
function frontmatterOf(filePath: string): unknown {
  return parseYaml(splitMarkdownSource(readFileSync(filePath, 'utf8')).frontmatter).data ?? {};
}

/** Astro's glob loader for `content/<dir>/**.md(x)`, with ids and data exactly as `readContent` produces them. */
export function markdownLoader(contentDir: string, dir: string): Loader {
  const inner = glob({
    pattern: '**/[^_.]*.{md,mdx}',
    base: `./${contentDir}/${dir}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
  return {
    name: `prongsai-markdown-${dir}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => context.parseData({ ...props, data: frontmatterOf(props.filePath!) as typeof props.data }),
      }),
  };
}

/** One entry per YAML file: `content/<dir>/*.yaml`, or a single file when `file` is given. */
export function yamlLoader(contentDir: string, target: { dir: string } | { file: string; id: string }): Loader {
  return {
    name: `prongsai-yaml-${'dir' in target ? target.dir : target.id}`,
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const files =
        'dir' in target
          ? (await readdir(path.join(root, contentDir, target.dir)).catch(() => []))
              .filter((name) => /^[^_.].*\.ya?ml$/i.test(name))
              .map((name) => ({ id: entryIdFromPath(name), file: path.join(root, contentDir, target.dir, name) }))
          : [{ id: target.id, file: path.join(root, contentDir, target.file) }];
      store.clear();
      for (const { id, file } of files) {
        const data = parseYaml(readFileSync(file, 'utf8')).data as Record<string, unknown>;
        const parsed = await parseData({ id, data, filePath: file });
        store.set({ id, data: parsed, filePath: path.relative(root, file) });
        watcher?.add(file);
      }
    },
  };
}
