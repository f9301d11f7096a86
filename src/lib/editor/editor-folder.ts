/**
 * The folder the editor page is served from, written when editing starts (under `.prongsai/`, never committed):
 * index.html, our page script (React for Decap, the Thai locale, the problem panel), Decap's own built bundle copied from
 * node_modules, and config.yml generated from the schemas. Nothing is fetched from another site.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorPageWords } from '../../i18n/editor.ts';
import { decapConfig, decapConfigYaml, type EditorBackend } from './decap-config.ts';
import { readVocabularies } from './vocabularies.ts';

const require = createRequire(import.meta.url);
const projectSource = fileURLToPath(new URL('../../', import.meta.url));

/** Where Decap's files are served below the editor page. */
export const decapAssetsFolder = 'decap';
export const editorScriptName = 'editor.js';
export const editorStylesheetName = 'editor.css';

const thaiRange = 'U+02D7, U+0303, U+0331, U+0E01-0E5B, U+200C-200D, U+25CC';
const latinRange =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const fontFiles = ['sarabun-thai-400-normal.woff2', 'sarabun-thai-600-normal.woff2', 'sarabun-latin-400-normal.woff2'];

/** The width below which Decap 3's entry editor overflows the screen (its EditorContainer and ToolbarContainer). */
const decapEditorMinWidth = 800;

/** Sarabun from our own origin (Thai reads on any computer, with or without Thai system fonts), used by Decap's forms too; the sidebar without year folders; no Decap logo. */
export function editorStylesheet(): string {
  const face = (file: string, weight: string, range?: string) =>
    `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:swap;src:url('fonts/${file}') format('woff2')${range ? `;unicode-range:${range}` : ''}}`;
  return [
    face(fontFiles[0]!, '400', thaiRange),
    face(fontFiles[1]!, '600 700', thaiRange),
    face(fontFiles[2]!, '400 700', latinRange),
    "body,body *:not(code):not(pre):not(.CodeMirror):not(.CodeMirror *){font-family:'Sarabun',system-ui,sans-serif!important}",
    // Decap's sidebar lists a fiscal-year collection's year folders as if they held sub-pages: they open empty lists. The
    // collection's own list shows every year's entries (sort and group by fiscal year there), so the folders are hidden.
    'a[href^="#/collections/"][href*="/filter/"]{display:none!important}',
    // The sign-in screen: the agency's editor, not Decap's logo (the section that holds the sign-in button).
    'section:has(> button) > span:has(svg){display:none!important}',
    `section:has(> button)::before{content:${JSON.stringify(editorPageWords.signInHeading)};font:600 24px/1.4 'Sarabun',system-ui,sans-serif;color:#1a1a1a;margin-bottom:1.5rem;text-align:center}`,
    // Decap lays the entry editor out at least 800 px wide: on a phone every field ran off the right edge, and its top
    // bar (title, publish, delete, preview: 880 px) with them. Below that the form takes the screen's width, the top
    // bar wraps onto as many lines as it needs above the form, and a list's add button goes under the list's name.
    `@media (max-width:${decapEditorMinWidth - 1}px){${[
      '[class*="-EditorContainer"]{min-width:0!important;display:flex!important;flex-direction:column!important;padding-top:0!important}',
      '[class*="-EditorContainer"]>[class*="-Editor "]{flex:1 1 auto!important;height:auto!important;min-height:0!important}',
      '[class*="-ToolbarContainer"]{min-width:0!important;position:relative!important;height:auto!important;flex-wrap:wrap!important;overflow:visible!important}',
      '[class*="-ToolbarContainer"] *{white-space:normal!important}',
      '[class*="-ToolbarContainer"]>*{height:auto!important;min-height:48px}',
      '[class*="-ToolbarSectionBackLink"]{flex:1 1 100%!important;min-width:0!important;padding-top:.375rem!important;padding-bottom:.25rem!important}',
      '[class*="-ToolbarSectionMain"]{flex:1 1 0!important;min-width:0!important;flex-wrap:wrap!important;row-gap:.5rem;padding-bottom:.5rem!important}',
      '[class*="-ToolbarSectionMain"]>*{flex-wrap:wrap!important;row-gap:.5rem}',
      '[class*="-TopBarContainer"]{flex-wrap:wrap;row-gap:.5rem}',
      '[class*="-TopBarContainer"]>[class*="-ExpandButtonContainer"]{flex:1 1 100%}',
    ].join('')}}`,
    '',
  ].join('\n');
}

async function copyFonts(target: string): Promise<void> {
  const files = path.join(path.dirname(require.resolve('@fontsource/sarabun/package.json')), 'files');
  await mkdir(target, { recursive: true });
  await Promise.all(fontFiles.map((file) => cp(path.join(files, file), path.join(target, file))));
}

/** The page: our script loads React, then Decap's bundle, then starts the editor with the Thai locale. */
export function editorPageHtml(): string {
  const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);
  return `<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(editorPageWords.title)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link href="${editorStylesheetName}" rel="stylesheet">
<script src="${editorScriptName}" defer></script>
</head>
<body>
<p id="prongsai-loading">${escapeHtml(editorPageWords.loading)}</p>
</body>
</html>
`;
}

/** Copies Decap's built bundle (scripts and WebAssembly, not the source maps). */
async function copyDecapBundle(target: string): Promise<void> {
  const dist = path.dirname(require.resolve('decap-cms-app/dist/decap-cms-app.js'));
  await mkdir(target, { recursive: true });
  await cp(dist, target, { recursive: true, filter: (source) => !source.endsWith('.map') && !source.includes(`${path.sep}esm`) });
}

/** Bundles our page script with esbuild: React and ReactDOM as the globals Decap's bundle expects, the Thai locale, the panel. */
async function bundleEditorScript(outFile: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(projectSource, 'client/editor-page.ts')],
    outfile: outFile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'error',
  });
}

/** One folder per content folder (config.yml names its collections' paths): two editors on different content folders of one project would otherwise empty and rewrite each other's. */
export function editorFolderFor(config: { root: string; contentDir: string; workDir: string }): string {
  const content = path.resolve(config.root, config.contentDir);
  return path.join(config.workDir, 'editor', createHash('sha256').update(content).digest('hex').slice(0, 12));
}

export interface EditorFolderOptions {
  root: string;
  contentDir: string;
  /** Absolute folder to write (emptied first) */
  folder: string;
  backend: EditorBackend;
  siteUrl?: string;
}

/** Writes the whole editor folder; returns config.yml's text. */
export async function writeEditorFolder(options: EditorFolderOptions): Promise<string> {
  const vocabularies = await readVocabularies(options.root, options.contentDir);
  const config = decapConfigYaml(decapConfig({ contentDir: options.contentDir, backend: options.backend, vocabularies, siteUrl: options.siteUrl }));
  await rm(options.folder, { recursive: true, force: true });
  await mkdir(options.folder, { recursive: true });
  await Promise.all([
    writeFile(path.join(options.folder, 'config.yml'), config),
    writeFile(path.join(options.folder, 'index.html'), editorPageHtml()),
    writeFile(path.join(options.folder, editorStylesheetName), editorStylesheet()),
    copyFonts(path.join(options.folder, 'fonts')),
    copyDecapBundle(path.join(options.folder, decapAssetsFolder)),
    bundleEditorScript(path.join(options.folder, editorScriptName)),
  ]);
  return config;
}
