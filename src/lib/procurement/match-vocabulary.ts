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

/** The id whose name or alias matches, or undefined. */
export function matchVocabulary<Id extends string>(text: string, labels: Record<Id, string>, aliases: Record<Id, readonly string[]>): Id | undefined {
  const key = vocabularyKey(text);
  if (key === '') return undefined;
  for (const id of Object.keys(labels) as Id[]) {
    if (vocabularyKey(id) === key || vocabularyKey(labels[id]) === key) return id;
  }
  for (const id of Object.keys(aliases) as Id[]) {
    if (aliases[id].some((alias) => vocabularyKey(alias) === key)) return id;
  }
  return undefined;
}
