/** What /files/<path> serves: a file copied from content/ as it is, or a long scan's whole machine-read text. */
export type FileRouteProps = { projectPath: string; text?: undefined } | { projectPath?: undefined; text: string };

export interface FileRoute {
  params: { path: string };
  props: FileRouteProps;
}

/**
 * One route per published path: the attachments and site images (a file attached to two entries, or named twice in
 * site.yaml, is copied once, from its first mention), then the whole scan texts beside their scans.
 */
export function fileRoutes(
  files: readonly { contentPath: string; projectPath: string }[],
  wholeTexts: readonly { contentPath: string; text: string }[],
): FileRoute[] {
  const routes = new Map<string, FileRoute>();
  for (const file of files) {
    if (!routes.has(file.contentPath)) routes.set(file.contentPath, { params: { path: file.contentPath }, props: { projectPath: file.projectPath } });
  }
  return [...routes.values(), ...wholeTexts.map((whole) => ({ params: { path: whole.contentPath }, props: { text: whole.text } }))];
}
