import path from 'node:path';
import type { RawEntry } from '../read-content.ts';
import type { RuleContext } from './context.ts';
import { normalizeThaiText } from '../../text/thai-text.ts';
import { isUnpublishableFile } from '../../ocr/orphan-scan-texts.ts';
import { isHiddenPath, unhiddenPath } from '../hidden-path.ts';

export interface ReferenceCheckers {
  /** An attachment path written in an entry names a regular file inside the content folder. */
  checkAttachment(rawEntry: RawEntry, fieldPath: readonly PropertyKey[], file: string): void;
  /** Each measure id an entry cites is a measure file (one with its own errors still counts). */
  checkMeasureRefs(rawEntry: RawEntry, refs: readonly string[]): void;
}

/** Checks of what an entry points at: attachments on disk and measures by id. */
export function referenceCheckers({ raw, report }: RuleContext): ReferenceCheckers {
  const measureIds = raw.idsFound.measures;
  const exampleMeasure = [...measureIds][0] ?? '2567/no-gift-policy';
  // Made on the first missing attachment: a site whose attachments are all there never needs it.
  let normalizedFiles: Map<string, string> | undefined;
  const lookalikeOf = (file: string) => (normalizedFiles ??= new Map([...raw.files].map((name) => [normalizeThaiText(name), name]))).get(normalizeThaiText(file));
  return {
    checkMeasureRefs: (rawEntry, refs) =>
      refs.forEach((ref, index) => {
        if (!measureIds.has(ref)) report('error', rawEntry, ['measures', index], 'reference.unknown-measure', { value: ref, example: exampleMeasure });
      }),
    checkAttachment: (rawEntry, fieldPath, file) => {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rawEntry.file), file));
      // Not an attachment of its own: a scan's text is shown on its document's page, a file left aside is half a file.
      if (isUnpublishableFile(resolved)) return report('error', rawEntry, fieldPath, 'attachment.not-publishable', { path: file });
      // A hidden file is never checked by the guards, so it may not go out (an .html with script, a .csv of IDs).
      if (isHiddenPath(path.posix.relative(raw.contentDir, resolved))) return report('error', rawEntry, fieldPath, 'attachment.hidden', { path: file, suggested: unhiddenPath(file) });
      // A link in the attachment's place (or in a folder above it) has been reported as a link.
      if (raw.files.has(resolved) || [...raw.symlinks].some((link) => resolved === link || resolved.startsWith(`${link}/`))) return;
      if (!resolved.startsWith(`${raw.contentDir}/`)) return report('error', rawEntry, fieldPath, 'attachment.outside-content', { path: file });
      const lookalike = lookalikeOf(resolved);
      if (lookalike) return report('error', rawEntry, fieldPath, 'attachment.name-normalization', { written: file, onDisk: lookalike.slice(lookalike.lastIndexOf('/') + 1) });
      report('error', rawEntry, fieldPath, 'attachment.missing', { path: resolved });
    },
  };
}
