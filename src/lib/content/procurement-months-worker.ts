/** Runs loadProcurementMonths in a worker thread (see procurement-months.ts) and posts its result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadProcurementMonths } from './procurement-months.ts';
import { lowerThisThreadsPriority } from '../build/thread-priority.ts';

// The rest of the content is validated meanwhile, and takes longer: this thread uses what processor time that leaves.
lowerThisThreadsPriority();
const { projectRoot, contentDir } = workerData as { projectRoot: string; contentDir: string };
parentPort!.postMessage(await loadProcurementMonths(projectRoot, contentDir));
