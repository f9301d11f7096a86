import { workerResult } from '../build/worker-result.ts';
import type { ValidationResult } from './validate-content.ts';

/**
 * loadAndValidateContent on another thread: the build validates while Astro bundles the pages on the main thread (both
 * are JavaScript, so on one thread they would only take turns). The result is a structured copy: the model is plain data.
 */
export function validateInWorker(projectRoot: string, contentDir: string, options: { pdfTextCacheDir?: string } = {}): Promise<ValidationResult> {
  return workerResult(new URL('./validation-worker.ts', import.meta.url), { projectRoot, contentDir, options }, 'validation');
}
