/**
 * Hidden files: a name, or a folder on the path, that begins with a dot (.git, .DS_Store, .htaccess). The build never
 * checks them and never publishes them, so content may not name one as an attachment or a picture.
 */
import path from 'node:path';

/** Whether a path (POSIX separators) holds a segment beginning with a dot; "." and ".." are steps, not names. */
export function isHiddenPath(file: string): boolean {
  return path.posix
    .normalize(file)
    .split('/')
    .some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

/** The same path with the dots that hide its names taken off, to suggest as the file's new name. */
export function unhiddenPath(file: string): string {
  return path.posix
    .normalize(file)
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : segment.replace(/^\.+/, '')))
    .join('/');
}
