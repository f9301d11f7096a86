import { readContent } from './read-content.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

/** Reads and validates the content folder: what the build, the dev server and `npm run check` all start from. */
export async function loadAndValidateContent(projectRoot: string, contentDir = 'content'): Promise<ValidationResult> {
  return validateContent(await readContent(projectRoot, contentDir));
}
