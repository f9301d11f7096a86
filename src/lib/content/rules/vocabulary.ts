import type { RawEntry } from '../read-content.ts';
import type { Entry } from '../model.ts';
import type { DocumentType } from '../../../schemas/document-types.ts';
import type { RuleContext } from './context.ts';

/** The document-type ids `document-types.yaml` defines, each once. */
export function checkDocumentTypes({ report }: RuleContext, typesRaw: RawEntry | undefined, typesFile: Entry<{ types: DocumentType[] }> | undefined): Set<string> {
  const typeIds = new Set<string>();
  if (!typesRaw || !typesFile) return typeIds;
  typesFile.data.types.forEach((type, index) => {
    if (typeIds.has(type.id)) report('error', typesRaw, ['types', index, 'id'], 'vocabulary.duplicate-type', { value: type.id });
    typeIds.add(type.id);
  });
  return typeIds;
}
