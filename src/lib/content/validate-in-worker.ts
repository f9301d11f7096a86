import { Worker } from 'node:worker_threads';
import type { ValidationResult } from './validate-content.ts';

/**
 * loadAndValidateContent on another thread: the build validates while Astro bundles the pages on the main thread (both
 * are JavaScript, so on one thread they would only take turns). The result is a structured copy: the model is plain data.
 */
export function validateInWorker(projectRoot: string, contentDir: string, options: { pdfTextCacheDir?: string } = {}): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validation-worker.ts', import.meta.url), { workerData: { projectRoot, contentDir, options } });
    worker.once('message', (result: ValidationResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the validation thread ended (exit code ${code}) without a result`)));
  });
}
