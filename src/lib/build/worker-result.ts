import { Worker } from 'node:worker_threads';

/**
 * Runs a worker script that posts one message, its result, and resolves with it (a structured copy: plain data). Fails
 * when the thread throws, or ends without posting; `what` names the thread in that error.
 */
export function workerResult<Result>(script: URL, workerData: unknown, what: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    worker.once('message', (result: Result) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ${what} thread ended (exit code ${code}) without a result`)));
  });
}
