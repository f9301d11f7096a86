/** Reads a vocabulary value as staff or e-GP write it: the id, the Thai name, or a spelling variant of it. */

/** Spaces, brackets, "วิธี" and case do not change which method or category is meant. */
export function vocabularyKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/^วิธี/, '')
    .replace(/[\s\u00A0\u200B()（）"'“”]/g, '');
}

/** Each closed list's spellings by key, built once per list: the importer and the schema match thousands of cells. */
const keysByList = new WeakMap<object, Map<string, string>>();

function spellings<Id extends string>(labels: Record<Id, string>, aliases: Record<Id, readonly string[]>): Map<string, Id> {
  const known = keysByList.get(labels);
  if (known) return known as Map<string, Id>;
  const keys = new Map<string, Id>();
  // Aliases first, so an id or a label that equals another id's alias wins (ประกวดราคา is bidding, not e-bidding).
  for (const id of Object.keys(aliases) as Id[]) for (const alias of aliases[id]) keys.set(vocabularyKey(alias), id);
  for (const id of Object.keys(labels) as Id[]) {
    keys.set(vocabularyKey(labels[id]), id);
    keys.set(vocabularyKey(id), id);
  }
  keysByList.set(labels, keys);
  return keys;
}

/** The id whose name or alias matches, or undefined. */
export function matchVocabulary<Id extends string>(text: string, labels: Record<Id, string>, aliases: Record<Id, readonly string[]>): Id | undefined {
  const key = vocabularyKey(text);
  return key === '' ? undefined : spellings(labels, aliases).get(key);
}
