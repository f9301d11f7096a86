/**
 * The editor page's own script (bundled by `npm run edit` with esbuild, served from our origin): gives Decap's built
 * bundle the React it expects, registers the Thai locale (with a few corrections), drops fields left empty before a save,
 * reloads when the address moves straight from one open entry to another, starts Decap, and shows our Thai problem list
 * beside the forms — polled from the dev server, refreshed at once after every save.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import th from 'decap-cms-locales/dist/esm/th/index.js';
import { decapThaiCorrections, editorPageWords as words } from '../i18n/editor.ts';
import type { EditorProblemReport } from '../lib/editor/problem-report.ts';
import { needsReload } from '../lib/editor/entry-address.ts';

interface DecapCms {
  registerLocale(name: string, phrases: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: { get(key: string): unknown } }) => unknown }): void;
  init(options?: unknown): void;
}
declare global {
  interface Window {
    React: typeof React;
    ReactDOM: typeof ReactDOM;
    /** Decap's bundle sets this global to the CMS itself */
    DecapCmsApp?: DecapCms;
  }
}

window.React = React;
window.ReactDOM = ReactDOM;

const problemsUrl = new URL('problems.json', document.baseURI).href;
const decapUrl = new URL('decap/decap-cms-app.js', document.baseURI).href;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Decap's entry data: Immutable.js maps and lists, used through their own methods so no second copy of the library is loaded. */
interface ImmutableCollection {
  size: number;
  map(change: (value: unknown, key: unknown) => unknown): ImmutableCollection;
  filter(keep: (value: unknown, key: unknown) => boolean): ImmutableCollection;
}

const isCollection = (value: unknown): value is ImmutableCollection =>
  typeof value === 'object' && value !== null && typeof (value as Partial<ImmutableCollection>).filter === 'function' && 'size' in value;

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (isCollection(value) && value.size === 0);

/** Empty strings, lists and groups are left out of the file: an optional field left blank is absent, not "". */
export function withoutEmptyValues(value: unknown): unknown {
  if (!isCollection(value)) return value;
  return value.map((item) => withoutEmptyValues(item)).filter((item, key) => key === 'body' || !isBlank(item));
}

/** The locale's phrases with our corrections laid over them (same nesting). */
function withCorrections(phrases: unknown, corrections: unknown): unknown {
  if (typeof phrases !== 'object' || phrases === null || typeof corrections !== 'object' || corrections === null) return corrections ?? phrases;
  const merged: Record<string, unknown> = { ...(phrases as Record<string, unknown>) };
  for (const [key, value] of Object.entries(corrections)) merged[key] = withCorrections(merged[key], value);
  return merged;
}

// ——— one entry to another ———

// Decap keeps the open form when the address moves straight to another entry (see entry-address.ts): load the page again.
window.addEventListener('hashchange', (event) => {
  if (!needsReload(event.oldURL, event.newURL)) return;
  // After Decap's own listener: if it asked about unsaved changes and the answer was to stay, the address is back.
  setTimeout(() => {
    if (location.href === event.newURL) location.reload();
  }, 0);
});

// ——— the problem panel ———

const panel = document.createElement('aside');
panel.id = 'prongsai-problems';
panel.setAttribute('aria-live', 'polite');
panel.setAttribute('aria-label', words.panelTitle);
const style = document.createElement('style');
style.textContent = `
#prongsai-problems{position:fixed;right:12px;bottom:12px;z-index:10000;width:min(30rem,calc(100vw - 24px));max-height:45vh;overflow:auto;
 background:#fff;border:1px solid #c9ced6;border-left:6px solid #1f7a3a;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18);
 font:14px/1.55 Sarabun,"Noto Sans Thai",system-ui,sans-serif;color:#1a1a1a;padding:.6rem .9rem}
#prongsai-problems[data-state=invalid]{border-left-color:#b00020}
#prongsai-problems[data-state=warnings]{border-left-color:#b26a00}
#prongsai-problems h2{font-size:15px;margin:0 0 .3rem;display:flex;justify-content:space-between;gap:.5rem;align-items:center}
#prongsai-problems button{font:inherit;font-size:13px;border:1px solid #c9ced6;background:#f5f6f8;border-radius:4px;cursor:pointer;padding:0 .5rem}
#prongsai-problems[data-collapsed=true] .body{display:none}
#prongsai-problems ul{margin:.3rem 0 0;padding-left:1.1rem}
#prongsai-problems li{margin:.3rem 0}
#prongsai-problems .file{font-family:ui-monospace,monospace;font-size:12px;color:#444;word-break:break-all}
#prongsai-problems .fix{color:#1f4f99}
#prongsai-problems .meta{font-size:12px;color:#555;margin:.2rem 0 0}
#prongsai-problems a{color:#1f4f99}`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let collapsed = false;

function render(report: EditorProblemReport | undefined): void {
  const errors = report?.problems.filter((problem) => problem.severity === 'error') ?? [];
  const state = !report ? 'unreachable' : errors.length > 0 ? 'invalid' : report.problems.length > 0 ? 'warnings' : 'ok';
  panel.dataset.state = state;
  panel.dataset.collapsed = String(collapsed);
  const heading = element('h2', words.panelTitle);
  const toggle = element('button', collapsed ? words.show : words.hide);
  toggle.type = 'button';
  toggle.addEventListener('click', () => {
    collapsed = !collapsed;
    render(report);
  });
  heading.append(toggle);
  const body = element('div', undefined, 'body');
  const lead = state === 'unreachable' ? words.unreachable : state === 'invalid' ? words.invalid : state === 'warnings' ? words.warningsOnly : words.allValid;
  body.append(element('p', lead, 'lead'));
  if (report && report.problems.length > 0) {
    const files = new Set(report.problems.map((problem) => problem.file)).size;
    body.append(element('p', words.summary({ errors: errors.length, warnings: report.problems.length - errors.length, files }), 'meta'));
    const list = element('ul');
    for (const problem of report.problems) {
      const item = element('li');
      item.dataset.severity = problem.severity;
      const place = [problem.line ? words.line(problem.line) : '', problem.field ? words.field(problem.field) : ''].filter(Boolean).join(' · ');
      item.append(element('div', `${problem.file}${place ? ` [${place}]` : ''}`, 'file'));
      item.append(element('div', `${problem.severity === 'error' ? words.error : words.warning}: ${problem.th}`, 'what'));
      if (problem.fixTh) item.append(element('div', `${words.fix}: ${problem.fixTh}`, 'fix'));
      list.append(item);
    }
    body.append(list);
  }
  if (report) {
    const meta = element('p', words.checkedAt(new Date(report.checkedAt).toLocaleTimeString('th-TH', { timeZone: 'Asia/Bangkok' })), 'meta');
    const preview = element('a', words.preview);
    preview.href = '/';
    preview.target = '_blank';
    meta.append(' · ', preview);
    body.append(meta);
  }
  panel.replaceChildren(heading, body);
}

let pending: Promise<void> | undefined;
function refresh(): Promise<void> {
  pending ??= fetch(problemsUrl, { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<EditorProblemReport>) : undefined))
    .catch(() => undefined)
    .then((report) => render(report))
    .finally(() => (pending = undefined));
  return pending;
}

async function start(): Promise<void> {
  await loadScript(decapUrl);
  const cms = window.DecapCmsApp;
  if (!cms) throw new Error('Decap did not load');
  cms.registerLocale('th', withCorrections(th, decapThaiCorrections));
  cms.registerEventListener({ name: 'preSave', handler: ({ entry }) => withoutEmptyValues(entry.get('data')) });
  // The dev server validates the saved file; ask again until the check has seen it.
  cms.registerEventListener({
    name: 'postSave',
    handler: () => {
      for (const delay of [400, 1200, 2500]) setTimeout(() => void refresh(), delay);
    },
  });
  document.getElementById('prongsai-loading')?.remove();
  cms.init();
  document.head.append(style);
  document.body.append(panel);
  render(undefined);
  await refresh();
  setInterval(() => void refresh(), 3000);
}

void start();
