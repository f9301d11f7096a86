import type { Site } from '../../schemas/site.ts';

/**
 * Whether the OIT pages show which items lack evidence (statuses, counts, "ยังไม่มีหลักฐาน"): on the public site only
 * when the agency chose to (`publishing.showOitGaps` in site.yaml); in `npm run dev` always, for the staff preparing it.
 */
export function showsOitGaps(site: Pick<Site, 'publishing'>, devServer: boolean): boolean {
  return devServer || (site.publishing.showOitGaps ?? false);
}
