import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority, so its work takes the processor time the other threads leave rather
 * than slowing them: on Linux a thread is named by /proc/thread-self; elsewhere nothing changes.
 */
export function lowerThisThreadsPriority(niceness = 10): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, niceness);
  } catch {
    // No /proc (not Linux), or not allowed: the thread keeps its priority.
  }
}
