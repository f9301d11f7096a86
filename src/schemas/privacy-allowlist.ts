import { z } from 'zod';
import { text } from './common.ts';

/** Deliberate exceptions to the national-ID guard: `content/privacy-allowlist.yaml`. Each is listed in the build output. */
export const privacyAllowlistSchema = z.strictObject({
  allow: z
    .array(
      z.strictObject({
        /** File the number appears in, relative to content/, e.g. documents/2567/contract.md or documents/2567/contract.pdf */
        file: text,
        /** The number as written in the file, e.g. 1-2345-67890-12-3 */
        id: z.string().regex(/^[\d๐-๙][\d๐-๙ -]{11,}$/),
        /** Why it may be published (e.g. the person consented; it is not a personal ID) */
        reason: text,
      }),
    )
    .default([]),
});

export type PrivacyAllowlist = z.output<typeof privacyAllowlistSchema>;
