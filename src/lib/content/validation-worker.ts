/** Runs loadAndValidateContent in a worker thread (see validate-in-worker.ts) and posts its result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAndValidateContent } from './load-content.ts';

const { projectRoot, contentDir, options } = workerData as { projectRoot: string; contentDir: string; options: { pdfTextCacheDir?: string } };
parentPort!.postMessage(await loadAndValidateContent(projectRoot, contentDir, { ...options, procurementOnOwnThread: true }));
