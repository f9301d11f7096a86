/**
 * The pages the site step (scripts/build-site.ts) renders, sent to the build (scripts/build.ts) over Node's IPC channel
 * so the build indexes them while Astro renders the rest. A page that never arrives is read from its file instead.
 */
import { boundedPending } from './pool.ts';

/** One rendered page: its request path and the bytes Astro writes for it */
export interface RenderedPageMessage {
  renderedPage: string;
  html: Uint8Array;
}

export function isRenderedPageMessage(message: unknown): message is RenderedPageMessage {
  const candidate = message as Partial<RenderedPageMessage> | null;
  return typeof candidate?.renderedPage === 'string' && candidate.html instanceof Uint8Array;
}

/** Where a message goes: the `send` of a child process's `process` (the channel must use 'advanced' serialization, for the bytes). */
export type SendMessage = (message: RenderedPageMessage, callback: (error: Error | null) => void) => boolean;

/** Pages sent but not yet written to the channel before rendering waits (about a megabyte of HTML at most). */
const pagesInFlight = 64;

/** A sender of rendered pages; `flush` waits until every page is written to the channel. A page that cannot be sent is left to be read from its file. */
export function pageSender(send: SendMessage) {
  const inFlight = boundedPending(pagesInFlight);
  return {
    send(requestPath: string, html: Uint8Array): Promise<void> {
      const sent = new Promise<void>((resolve) => {
        try {
          send({ renderedPage: requestPath, html }, () => resolve());
        } catch {
          resolve();
        }
      });
      return inFlight.add(sent);
    },
    flush: () => inFlight.drain(),
  };
}
