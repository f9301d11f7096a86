/**
 * The choices the editor's selects offer, read from the content as it is when editing starts: document types from
 * document-types.yaml, ITA years and criterion parts from content/oit/, measures (id, title, year) from content/measures/.
 * A file that does not parse gives no choices (the problem list names it); the form then falls back to free text.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { entryIdFromPath } from '../content/entry-id.ts';
import type { EditorVocabularies } from './decap-config.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseYaml(text: string): unknown {
  try {
    return parse(text, { schema: 'core' });
  } catch {
    return undefined;
  }
}

async function filesBelow(folder: string, extension: RegExp): Promise<string[]> {
  const names = await readdir(folder, { recursive: true, encoding: 'utf8' }).catch(() => [] as string[]);
  return names
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => extension.test(name))
    .sort();
}

/** Document types from the parsed document-types.yaml (only well-formed entries). */
export function documentTypesFrom(data: unknown): EditorVocabularies['documentTypes'] {
  if (!isRecord(data) || !Array.isArray(data.types)) return [];
  return data.types.flatMap((type) => (isRecord(type) && typeof type.id === 'string' && typeof type.th === 'string' ? [{ id: type.id, th: type.th }] : []));
}

/** Criterion parts (`element:`) of a parsed catalogue: the id and the criterion's text, which the clerk reads. */
export function elementsFrom(catalogue: unknown): EditorVocabularies['elements'] {
  if (!isRecord(catalogue) || !Array.isArray(catalogue.items)) return [];
  return catalogue.items.flatMap((item) =>
    isRecord(item) && Array.isArray(item.criteria)
      ? item.criteria.flatMap((criterion) =>
          isRecord(criterion) && typeof criterion.element === 'string'
            ? [
                {
                  id: criterion.element,
                  th: typeof criterion.text === 'string' ? `${typeof item.code === 'string' ? `${item.code}: ` : ''}${criterion.text}` : criterion.element,
                },
              ]
            : [],
        )
      : [],
  );
}

/** A measure's title and fiscal year from its front matter (the id when the file does not say). */
export function measureFrom(id: string, text: string): EditorVocabularies['measures'][number] {
  const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const data = parseYaml(frontMatter);
  const title = isRecord(data) && typeof data.title === 'string' ? data.title : id;
  const fiscalYear = isRecord(data) && typeof data.fiscalYear === 'number' ? String(data.fiscalYear) : (id.split('/')[0] ?? '');
  return { id, title, fiscalYear };
}

export async function readVocabularies(root: string, contentDir: string): Promise<EditorVocabularies> {
  const content = path.join(root, contentDir);
  const documentTypes = documentTypesFrom(parseYaml(await readFile(path.join(content, 'document-types.yaml'), 'utf8').catch(() => '')));
  const catalogues = await filesBelow(path.join(content, 'oit'), /^\d{4}\.ya?ml$/);
  const itaYears = catalogues.map((name) => Number(name.slice(0, 4)));
  // The same part in several years' catalogues is one choice, named by the latest year's wording.
  const elements = new Map<string, string>();
  for (const name of catalogues) {
    for (const element of elementsFrom(parseYaml(await readFile(path.join(content, 'oit', name), 'utf8')))) elements.set(element.id, element.th);
  }
  const measureFiles = await filesBelow(path.join(content, 'measures'), /\.md$/);
  const measures = await Promise.all(
    measureFiles.map(async (name) => measureFrom(entryIdFromPath(name), await readFile(path.join(content, 'measures', name), 'utf8').catch(() => ''))),
  );
  return { documentTypes, itaYears, measures, elements: [...elements].map(([id, th]) => ({ id, th })).sort((a, b) => a.id.localeCompare(b.id)) };
}
