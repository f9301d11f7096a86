import { describe, it, expect } from 'vitest';
import { Worker } from 'node:worker_threads';
import { getPriority } from 'node:os';

const moduleUrl = new URL('../../src/lib/build/thread-priority.ts', import.meta.url).href;

/** Runs lowerThisThreadsPriority on a thread of its own; answers that thread's priority and the process's main thread's. */
function lowerInWorker(): Promise<{ thread: number; main: number }> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { readlinkSync } = require('node:fs');
    const { getPriority } = require('node:os');
    import(${JSON.stringify(moduleUrl)}).then(({ lowerThisThreadsPriority }) => {
      lowerThisThreadsPriority();
      const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
      parentPort.postMessage({ thread: getPriority(thread), main: getPriority(process.pid) });
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('a thread that takes the processor time others leave (the procurement months thread)', () => {
  it('lowers its own priority to niceness 10, and only its own', async () => {
    const before = getPriority(process.pid);
    const { thread, main } = await lowerInWorker();
    expect(thread).toBe(10);
    expect(main).toBe(before);
    expect(getPriority(process.pid)).toBe(before);
  });
});
