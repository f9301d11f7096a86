/** Entry id = path below the collection folder, without extension, in forward slashes: `2567/procurement-plan`. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath
    .replaceAll('\\', '/')
    .replace(/\.(md|mdx|ya?ml)$/i, '')
    .replace(/\/index$/i, '');
}
