/**
 * The personal-data guard over any text: national IDs found as a reader sees them, reported masked with where they are;
 * and, for an attachment, which of its parts could not be read and so were not checked.
 */
import type { ProblemRef } from '../../i18n/problems.ts';
import type { AttachmentText } from './attachment-text.ts';
import { findThaiNationalIds, maskNationalId } from './thai-national-id.ts';
import { pageAt, type PageStart } from '../pdf/pdf-text.ts';

export interface NationalIdFinding {
  /** The file the text came from, as the caller named it (e.g. content/documents/2567/list.csv) */
  source: string;
  /** Path inside the ZIP at `source`, when the text came from a file inside one */
  inArchive?: string;
  /** 1-based line in the text that was scanned (for CSV/TXT and Markdown, the file's own line) */
  line: number;
  /** The PDF page it is on (not for a PDF's metadata) */
  page?: number;
  /** Thirteen ASCII digits, for comparing with the privacy allow-list */
  digits: string;
  /** 1-2345-XXXXX-XX-3: what a message may show */
  masked: string;
}

/** Checksum-valid national IDs in a text, invisible characters and any digit script included. */
export function scanTextForNationalIds(
  text: string,
  source: string,
  inArchive?: string,
  pdfPages?: { starts: readonly PageStart[]; textLength: number },
): NationalIdFinding[] {
  return findThaiNationalIds(text).map((match) => {
    const page = pdfPages ? pageAt(pdfPages.starts, match.index, pdfPages.textLength) : undefined;
    return {
      source,
      ...(inArchive === undefined ? {} : { inArchive }),
      ...(page === undefined ? {} : { page }),
      line: match.line,
      digits: match.digits,
      masked: maskNationalId(match.digits),
    };
  });
}

export interface AttachmentScan {
  findings: NationalIdFinding[];
  /** Warnings to list: parts whose text could not be read, so they were not checked */
  notChecked: ProblemRef<'privacy.not-checked'>[];
  /** Errors: parts that cannot be opened at all */
  damaged: ProblemRef<'attachment.damaged'>[];
}

/** Scans what readAttachmentText read from the attachment at `path`, and lists what it could not read. */
export function scanAttachmentText(path: string, result: AttachmentText): AttachmentScan {
  const scan: AttachmentScan = { findings: [], notChecked: [], damaged: [] };
  const parts =
    result.kind === 'archive' ? result.entries.map((entry) => ({ inArchive: entry.name, result: entry.result })) : [{ inArchive: undefined, result }];
  for (const { inArchive, result: part } of parts) {
    const place = inArchive === undefined ? { path } : { path, inArchive };
    if (part.kind === 'damaged') scan.damaged.push({ key: 'attachment.damaged', params: { ...place, detail: part.reason } });
    else {
      if (part.kind === 'not-checked') scan.notChecked.push({ key: 'privacy.not-checked', params: { ...place, reason: part.reason } });
      if (part.text) scan.findings.push(...scanTextForNationalIds(part.text, path, inArchive, part.kind === 'text' ? part.pdfPages : undefined));
    }
  }
  return scan;
}
