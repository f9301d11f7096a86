/**
 * The editor's file format for procurement month files. The form's drop-downs store ids (`specific`, `goods`, `order`,
 * `ended`), while staff and docs/procurement.md write the Thai names (`เฉพาะเจาะจง`, `ซื้อ`, `ใบสั่งซื้อ/สั่งจ้าง`,
 * `สิ้นสุดสัญญา`), which the schema accepts too; Decap shows a value that is not one of its options as an empty
 * drop-down. So a month file is read with each closed-list value turned into its id (the same matching as the schema),
 * and written as Decap writes YAML: the form's field order first.
 */
import { Document, isMap, parseDocument, type Node, type YAMLMap } from 'yaml';
import { matchVocabulary } from '../procurement/match-vocabulary.ts';
import {
  contractStatusAliases,
  contractStatusLabels,
  evidenceKindAliases,
  evidenceKindLabels,
  procurementCategoryAliases,
  procurementCategoryLabels,
  procurementMethodAliases,
  procurementMethodLabels,
} from '../../i18n/procurement.ts';

/** The custom format's name in config.yml (`format:` of the procurement collection). */
export const procurementFormatName = 'procurement-yml';

type Lists = readonly [Record<string, string>, Record<string, readonly string[]>];
const method: Lists = [procurementMethodLabels, procurementMethodAliases];
const category: Lists = [procurementCategoryLabels, procurementCategoryAliases];
const kind: Lists = [evidenceKindLabels, evidenceKindAliases];
const status: Lists = [contractStatusLabels, contractStatusAliases];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The id a written value means, or the value as written when it names nothing (the check then says what is wrong). */
function asId(value: unknown, [labels, aliases]: Lists): unknown {
  return typeof value === 'string' ? (matchVocabulary(value, labels, aliases) ?? value) : value;
}

/** A month file's data with its rows' method, category, evidence kind and status as ids; nothing else changes. */
export function withVocabularyIds(data: unknown): unknown {
  if (!isRecord(data) || !Array.isArray(data.rows)) return data;
  return {
    ...data,
    rows: data.rows.map((row: unknown) => {
      if (!isRecord(row)) return row;
      return {
        ...row,
        ...('method' in row ? { method: asId(row.method, method) } : {}),
        ...('category' in row ? { category: asId(row.category, category) } : {}),
        ...('status' in row ? { status: asId(row.status, status) } : {}),
        ...(isRecord(row.evidence) && 'kind' in row.evidence ? { evidence: { ...row.evidence, kind: asId(row.evidence.kind, kind) } } : {}),
      };
    }),
  };
}

/** A row's keys in the form's (and the schema's) order; Decap hands nested values over in the order it edited them. */
export const rowKeyOrder = [
  'item',
  'budget',
  'fundSource',
  'referencePrice',
  'method',
  'category',
  'bidders',
  'winner',
  'reason',
  'evidence',
  'egpNumber',
  'status',
];
const nestedKeyOrder: Record<string, readonly string[]> = {
  winner: ['name', 'price', 'taxId'],
  evidence: ['kind', 'number', 'date'],
  bidders: ['name', 'price'],
};

/** Sorts a map's keys by `order`; keys not in it keep their place after the listed ones (a stable sort). */
function sortMap(map: YAMLMap, order: readonly string[]): void {
  const rank = (key: unknown) => order.indexOf(String((key as { value?: unknown } | null)?.value ?? key));
  map.items.sort((a, b) => {
    const [rankA, rankB] = [rank(a.key), rank(b.key)];
    return rankA === -1 || rankB === -1 ? 0 : rankA - rankB;
  });
}

/** Decap's Formatter for month files: read with ids, written in the form's order (as Decap's own YAML format does). */
export const procurementFormat = {
  fromFile(content: string): unknown {
    const document = parseDocument(content);
    if (document.errors.length > 0) throw new Error(document.errors.map((error) => error.message).join('\n'));
    return withVocabularyIds(document.toJS());
  },
  toFile(data: unknown, sortedKeys: readonly string[] = []): string {
    const document = new Document(data);
    const contents = document.contents as Node | null;
    if (!isMap(contents)) return document.toString();
    sortMap(contents, sortedKeys);
    const rows = contents.get('rows', true);
    if (rows && 'items' in rows && Array.isArray(rows.items))
      for (const row of rows.items) {
        if (!isMap(row)) continue;
        sortMap(row, rowKeyOrder);
        for (const [key, order] of Object.entries(nestedKeyOrder)) {
          const nested = row.get(key, true);
          if (isMap(nested)) sortMap(nested, order);
          else if (nested && 'items' in nested && Array.isArray(nested.items)) for (const item of nested.items) if (isMap(item)) sortMap(item, order);
        }
      }
    return document.toString();
  },
};
