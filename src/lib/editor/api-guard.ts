/**
 * What the editor's file API may pass on to decap-server (which would read and write anywhere in the project): only the
 * local file actions, and only on regular content files — Markdown, YAML and the accepted attachment types — under the
 * content folder, named plainly (no dot-files, no `..`, no encodings). Every path field of every action is checked; one
 * bad field refuses the whole request. Pure: symbolic links are checked by `content-links.ts`.
 */
import { allowedAttachmentTypes } from '../guards/attachment-type.ts';
import type { ApiRefusal, PathRefusal } from '../../i18n/editor-access.ts';

export type { ApiRefusal, PathRefusal };

/** Extensions of the content model's data files. */
export const dataExtensions: readonly string[] = ['md', 'yaml', 'yml'];
/** Every extension the editor may read or write: data, then the accepted attachment types. */
export const editableExtensions: readonly string[] = [...dataExtensions, ...Object.keys(allowedAttachmentTypes)];

export interface ApiRules {
  /** The content folder relative to the project root decap-server is given, forward slashes, e.g. `content` */
  contentDir: string;
}

/** A path the request names, to be checked on disk for symbolic links once the request is otherwise allowed. */
export interface NamedPath {
  field: string;
  path: string;
}

export type ApiCheck = { ok: true; action: string; paths: NamedPath[] } | { ok: false; refusal: ApiRefusal };

/** decap-server's actions in file-system mode; the Git workflow's actions have no place in local editing. */
export const allowedActions = [
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'persistEntry',
  'getMedia',
  'getMediaFile',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'getDeployPreview',
] as const;
type Action = (typeof allowedActions)[number];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Characters that hide a path's real shape: percent-encoding, backslashes, control characters (NUL included) and what Windows reads specially. */
const hidingCharacters = /[%\\\u0000-\u001f\u007f:*?"<>|]/;

/**
 * Why a path the editor names may not be used, or undefined when it is a plain path under the content folder.
 * `kind` 'file' also requires an editable extension; 'folder' may be the content folder itself.
 */
export function refusePath(value: unknown, rules: ApiRules, kind: 'file' | 'folder'): PathRefusal | undefined {
  if (typeof value !== 'string' || value === '') return 'not-text';
  if (value.startsWith('/') || /^[a-z]:/i.test(value)) return 'absolute';
  if (hidingCharacters.test(value)) return 'encoded';
  const segments = value.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return 'traversal';
  const content = rules.contentDir.split('/').filter(Boolean);
  const inside = segments.slice(content.length);
  if (content.some((segment, index) => segments[index] !== segment)) return 'outside';
  if (inside.length === 0) return kind === 'folder' ? undefined : 'outside';
  if (inside.some((segment) => segment.startsWith('.'))) return 'hidden';
  // Windows drops a trailing dot or space (`x.md.` is `x.md`, `x.ts ` is `x.ts`); a name must not rely on that.
  if (inside.some((segment) => /[. ]$/.test(segment) || segment !== segment.trim())) return 'unsafe-name';
  if (kind === 'file') {
    const name = inside[inside.length - 1] as string;
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || !editableExtensions.includes(name.slice(dot + 1).toLowerCase())) return 'extension';
  }
  return undefined;
}

/** Checks a decoded request body; on success lists every path it names (for the symbolic-link check). */
export function checkApiBody(body: unknown, rules: ApiRules): ApiCheck {
  if (!isObject(body) || typeof body.action !== 'string') return { ok: false, refusal: { reason: 'body' } };
  const action = body.action;
  if (!(allowedActions as readonly string[]).includes(action)) return { ok: false, refusal: { reason: 'action', action } };
  const params = body.params;
  if (action !== 'info' && !isObject(params)) return { ok: false, refusal: { reason: 'body' } };
  const p = (params ?? {}) as Record<string, unknown>;

  const paths: NamedPath[] = [];
  const files: [string, unknown][] = [];
  const folders: [string, unknown][] = [];
  const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

  switch (action as Action) {
    case 'info':
    case 'getDeployPreview':
      break;
    case 'entriesByFolder': {
      folders.push(['folder', p.folder]);
      const extension = p.extension;
      if (typeof extension !== 'string' || !dataExtensions.includes(extension))
        return { ok: false, refusal: { reason: 'listing-extension', value: String(extension) } };
      if (typeof p.depth !== 'number' || !Number.isInteger(p.depth) || p.depth < 1 || p.depth > 8) return { ok: false, refusal: { reason: 'body' } };
      break;
    }
    case 'entriesByFiles': {
      const entries = list(p.files);
      if (!entries) return { ok: false, refusal: { reason: 'body' } };
      entries.forEach((file, index) => files.push([`files[${index}].path`, isObject(file) ? file.path : undefined]));
      break;
    }
    case 'getEntry':
    case 'getMediaFile':
    case 'deleteFile':
      files.push(['path', p.path]);
      break;
    case 'deleteFiles': {
      const entries = list(p.paths);
      if (!entries || entries.length === 0) return { ok: false, refusal: { reason: 'body' } };
      entries.forEach((value, index) => files.push([`paths[${index}]`, value]));
      break;
    }
    case 'getMedia':
      folders.push(['mediaFolder', p.mediaFolder]);
      break;
    case 'persistMedia':
      if (!isObject(p.asset)) return { ok: false, refusal: { reason: 'body' } };
      files.push(['asset.path', p.asset.path]);
      break;
    case 'persistEntry': {
      const dataFiles = p.dataFiles === undefined ? [] : list(p.dataFiles);
      const assets = list(p.assets);
      if (!dataFiles || !assets || (p.entry === undefined && dataFiles.length === 0)) return { ok: false, refusal: { reason: 'body' } };
      const dataFile = (field: string, value: unknown) => {
        files.push([`${field}.path`, isObject(value) ? value.path : undefined]);
        if (isObject(value) && value.newPath !== undefined) files.push([`${field}.newPath`, value.newPath]);
      };
      if (p.entry !== undefined) dataFile('entry', p.entry);
      dataFiles.forEach((value, index) => dataFile(`dataFiles[${index}]`, value));
      assets.forEach((value, index) => files.push([`assets[${index}].path`, isObject(value) ? value.path : undefined]));
      break;
    }
  }

  for (const [kind, named] of [
    ['file', files],
    ['folder', folders],
  ] as const) {
    for (const [field, value] of named) {
      const why = refusePath(value, rules, kind);
      if (why) return { ok: false, refusal: { reason: 'path', field, value: typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'), why } };
      paths.push({ field, path: value as string });
    }
  }
  return { ok: true, action, paths };
}

/** Actions whose answer lists files found on disk: decap-server's listing matches any name ending in the extension (`x.cmd` for "md"). */
export const listingActions: ReadonlySet<string> = new Set(['entriesByFolder', 'entriesByFiles', 'getMedia']);

/** The path of one item of a listing's answer: entries carry `file.path`, media files `path`. */
export function listedPath(item: unknown): unknown {
  if (!isObject(item)) return undefined;
  return isObject(item.file) ? item.file.path : item.path;
}
