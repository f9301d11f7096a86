/** What the build makes of a scan's machine-read text: whether it is there and of this very file, and the IDs it holds. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AttachmentScan } from '../guards/personal-data.ts';
import { parseScanText, scanTextFileOf } from './scan-text-file.ts';
import { findIdsInScanText, type ScanIdFinding } from './scan-national-id.ts';

export interface ScanTextInspection {
  /** read: a text of this very file; missing: none yet; outdated: read from another version of the file; invalid: not a text file of ours */
  status: 'read' | 'missing' | 'outdated' | 'invalid';
  /** The text file, project-root path */
  file: string;
  /** Likely national IDs in it, by page */
  findings: ScanIdFinding[];
}

/** A scan is what the guard could not read for lack of text: a PDF without a text layer, or an image. */
const isScan = (scan: AttachmentScan) =>
  scan.notChecked.some((problem) => !problem.params.inArchive && (problem.params.reason === 'scan-without-text' || problem.params.reason === 'image'));

/**
 * The scan text of the attachment at `file` (project-root path), if the attachment is a scan or has one beside it;
 * undefined for any other attachment. `files`: every file under the content folder.
 */
export async function inspectScanText(
  projectRoot: string,
  file: string,
  bytes: Uint8Array,
  scan: AttachmentScan,
  files: ReadonlySet<string>,
): Promise<ScanTextInspection | undefined> {
  const textFile = scanTextFileOf(file);
  const present = files.has(textFile);
  if (!present) return isScan(scan) ? { status: 'missing', file: textFile, findings: [] } : undefined;
  const parsed = parseScanText(await readFile(path.join(projectRoot, textFile), 'utf8'));
  if (!parsed) return { status: 'invalid', file: textFile, findings: [] };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // An outdated text is still read for IDs: the new scan likely holds what the old one did.
  return { status: parsed.sha256 === sha256 ? 'read' : 'outdated', file: textFile, findings: findIdsInScanText(parsed.pages) };
}
