/**
 * The build marker every page carries in a non-visible `<meta name="prongsai-build">`: the day the OIT statuses were
 * judged on and the time of the last commit the site was built from. Dates only — no hash or message reaches the public
 * page — yet enough for `npm run verify` to rebuild the same bytes and to say which older build a host still serves.
 */

export const buildMarkerName = 'prongsai-build';

export interface BuildMarker {
  /** CE date YYYY-MM-DD the statuses are judged on (the ITAS sheet's assessedOn) */
  asOf: string;
  /** UTC time of the last commit that changed what the site is built from, ISO 8601 to the second; absent without git */
  version?: string;
}

/** The meta's content, e.g. `as-of=2024-06-30; version=2024-06-29T03:04:05Z`. */
export function formatBuildMarker(marker: BuildMarker): string {
  return `as-of=${marker.asOf}${marker.version ? `; version=${marker.version}` : ''}`;
}

export function parseBuildMarker(content: string): BuildMarker | undefined {
  const asOf = /(?:^|;)\s*as-of=(\d{4}-\d{2}-\d{2})\s*(?:;|$)/.exec(content)?.[1];
  if (!asOf) return undefined;
  const version = /(?:^|;)\s*version=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)\s*(?:;|$)/.exec(content)?.[1];
  return version ? { asOf, version } : { asOf };
}

/** The marker of a page's HTML (its first prongsai-build meta, attributes in either order), if any. */
export function buildMarkerOfHtml(html: string): BuildMarker | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!new RegExp(`\\bname\\s*=\\s*["']?${buildMarkerName}["'\\s>/]`, 'i').test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    return parseBuildMarker(content?.[1] ?? content?.[2] ?? '');
  }
  return undefined;
}

/** A git date (any offset) as the marker's UTC form. */
export function markerVersionOf(gitDate: string): string | undefined {
  const time = Date.parse(gitDate);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Which of two markers is older: by version time, then by as-of day. 0 when they are the same build. */
export function compareBuildMarkers(a: BuildMarker, b: BuildMarker): number {
  const byVersion = (a.version ?? '').localeCompare(b.version ?? '');
  return byVersion !== 0 ? byVersion : a.asOf.localeCompare(b.asOf);
}
