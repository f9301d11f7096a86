/**
 * The choices the editor's selects offer, read from the content as it is when editing starts: document types from
 * document-types.yaml, ITA years and criterion parts from content/oit/, measure ids from content/measures/.
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
  return names.map((name) => name.split(path.sep).join('/')).filter((name) => extension.test(name)).sort();
}

/** Document types from the parsed document-types.yaml (only well-formed entries). */
export function documentTypesFrom(data: unknown): EditorVocabularies['documentTypes'] {
  if (!isRecord(data) || !Array.isArray(data.types)) return [];
  return data.types.flatMap((type) => (isRecord(type) && typeof type.id === 'string' && typeof type.th === 'string' ? [{ id: type.id, th: type.th }] : []));
}

/** Criterion part ids (`element:`) of a parsed catalogue. */
export function elementsFrom(catalogue: unknown): string[] {
  if (!isRecord(catalogue) || !Array.isArray(catalogue.items)) return [];
  return catalogue.items.flatMap((item) =>
    isRecord(item) && Array.isArray(item.criteria)
      ? item.criteria.flatMap((criterion) => (isRecord(criterion) && typeof criterion.element === 'string' ? [criterion.element] : []))
      : [],
  );
}

export async function readVocabularies(root: string, contentDir: string): Promise<EditorVocabularies> {
  const content = path.join(root, contentDir);
  const documentTypes = documentTypesFrom(parseYaml(await readFile(path.join(content, 'document-types.yaml'), 'utf8').catch(() => '')));
  const catalogues = await filesBelow(path.join(content, 'oit'), /^\d{4}\.ya?ml$/);
  const itaYears = catalogues.map((name) => Number(name.slice(0, 4)));
  const elements = new Set<string>();
  for (const name of catalogues) {
    for (const element of elementsFrom(parseYaml(await readFile(path.join(content, 'oit', name), 'utf8')))) elements.add(element);
  }
  const measureIds = (await filesBelow(path.join(content, 'measures'), /\.md$/)).map(entryIdFromPath);
  return { documentTypes, itaYears, measureIds, elements: [...elements].sort() };
}
