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
import { procurementFormat, procurementFormatName } from '../lib/editor/procurement-format.ts';

interface DecapCms {
  registerLocale(name: string, phrases: unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(content: string): unknown; toFile(data: unknown, sortedKeys?: string[]): string },
  ): void;
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

// Folded at first into a small button with the counts, in the corner: it never covers the form or Decap's own red
// messages; opened on demand, each problem is a link that opens its entry and goes to its field, and the panel folds.
const panel = document.createElement('aside');
panel.id = 'prongsai-problems';
panel.setAttribute('aria-label', words.panelTitle);
const style = document.createElement('style');
style.textContent = `
#prongsai-problems{position:fixed;right:12px;bottom:12px;z-index:10000;max-width:calc(100vw - 24px);
 font:14px/1.55 Sarabun,"Noto Sans Thai",system-ui,sans-serif;color:#1a1a1a;display:flex;flex-direction:column;align-items:flex-end;gap:6px}
#prongsai-problems .toggle{font:inherit;font-weight:600;border:1px solid #c9ced6;border-left:6px solid #1f7a3a;border-radius:6px;background:#fff;
 box-shadow:0 2px 8px rgba(0,0,0,.15);padding:.35rem .8rem;cursor:pointer;color:inherit;text-align:left}
#prongsai-problems[data-state=invalid] .toggle{border-left-color:#b00020}
#prongsai-problems[data-state=warnings] .toggle{border-left-color:#b26a00}
#prongsai-problems[data-state=unreachable] .toggle{border-left-color:#666}
#prongsai-problems .body{width:min(32rem,calc(100vw - 24px));max-height:min(60vh,36rem);overflow:auto;background:#fff;border:1px solid #c9ced6;
 border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:.6rem .9rem}
#prongsai-problems .body[hidden]{display:none}
#prongsai-problems h2{font-size:15px;margin:0 0 .3rem}
#prongsai-problems h3{font-size:14px;margin:.7rem 0 .2rem}
#prongsai-problems ul{margin:.2rem 0 0;padding-left:1.1rem}
#prongsai-problems li{margin:.35rem 0}
#prongsai-problems .fix{color:#1f4f99}
#prongsai-problems .meta{font-size:12px;color:#555;margin:.4rem 0 0}
#prongsai-problems a{color:#1f4f99}
#prongsai-problems details{margin-top:.6rem}
#prongsai-problems summary{cursor:pointer;color:#555}
.prongsai-field-found{outline:3px solid #b26a00!important;outline-offset:3px}`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let open = false;
let lastReport: EditorProblemReport | undefined;

/** The field to go to once the entry is open (kept over a page load: moving between entries reloads the page). */
interface FieldTarget {
  entry: string;
  label: string;
  index: number;
}
const targetKey = 'prongsai-field-target';

/** Decap's label of a field, without the "(ทางเลือก)" it adds to optional ones. */
const labelText = (label: Element) => (label.textContent ?? '').replace(words.optionalMark, '').trim();

/** Waits for the open form to show the field, then scrolls to it, focuses it and marks it for a moment. */
function goToField(target: FieldTarget): void {
  sessionStorage.setItem(targetKey, JSON.stringify(target));
  const deadline = Date.now() + 15_000;
  const look = () => {
    const labels = location.hash === target.entry ? [...document.querySelectorAll('label')].filter((label) => labelText(label) === target.label) : [];
    const label = labels[Math.min(target.index, labels.length - 1)];
    if (!label) {
      if (Date.now() < deadline) setTimeout(look, 250);
      else sessionStorage.removeItem(targetKey);
      return;
    }
    sessionStorage.removeItem(targetKey);
    const control =
      (label.htmlFor ? document.getElementById(label.htmlFor) : null) ??
      label.parentElement?.querySelector('input, textarea, select, [contenteditable]') ??
      label;
    // The whole field (label, box and help) is marked: a select's own input is only a caret wide.
    const wrapper = label.parentElement ?? label;
    wrapper.scrollIntoView({ block: 'center' });
    if (control instanceof HTMLElement) control.focus({ preventScroll: true });
    wrapper.classList.add('prongsai-field-found');
    setTimeout(() => wrapper.classList.remove('prongsai-field-found'), 4000);
  };
  look();
}

function openProblem(problem: EditorProblemReport['problems'][number]): void {
  if (!problem.entry) return;
  open = false;
  render(lastReport);
  if (problem.fieldLabel) goToField({ entry: problem.entry, label: problem.fieldLabel, index: problem.fieldIndex ?? 0 });
  if (location.hash !== problem.entry) location.hash = problem.entry;
}

function problemItem(problem: EditorProblemReport['problems'][number]): HTMLLIElement {
  const item = element('li');
  item.dataset.severity = problem.severity;
  const what = `${problem.severity === 'error' ? words.error : words.warning}: ${problem.fieldLabel ? `${words.field(problem.fieldLabel)} — ` : ''}${problem.th}`;
  if (problem.entry) {
    const link = element('a', what);
    link.href = problem.entry;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openProblem(problem);
    });
    item.append(link);
  } else item.append(element('span', what));
  if (problem.fixTh) item.append(element('div', `${words.fix}: ${problem.fixTh}`, 'fix'));
  return item;
}

/** Problems of one entry under its name (with its year and date), in the order found. */
function groupedList(problems: EditorProblemReport['problems']): HTMLElement[] {
  const groups = new Map<string, EditorProblemReport['problems']>();
  for (const problem of problems) groups.set(problem.where, [...(groups.get(problem.where) ?? []), problem]);
  return [...groups].flatMap(([where, entryProblems]) => {
    const heading = element('h3');
    const entry = entryProblems[0]?.entry;
    if (entry) {
      const link = element('a', where);
      link.href = entry;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        openProblem({ ...entryProblems[0]!, fieldLabel: undefined });
      });
      heading.append(link);
    } else heading.textContent = where;
    const list = element('ul');
    list.append(...entryProblems.map(problemItem));
    return [heading, list];
  });
}

function render(report: EditorProblemReport | undefined): void {
  lastReport = report;
  const problems = report?.problems ?? [];
  const errors = problems.filter((problem) => problem.severity === 'error');
  const noted = problems.filter((problem) => problem.severity !== 'error' && problem.noted);
  const warnings = problems.filter((problem) => problem.severity !== 'error' && !problem.noted);
  const state = !report ? 'unreachable' : errors.length > 0 ? 'invalid' : warnings.length > 0 ? 'warnings' : 'ok';
  panel.dataset.state = state;
  const toggle = element('button', !report ? words.toggleUnreachable : words.toggle({ errors: errors.length, warnings: warnings.length }), 'toggle');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', String(open));
  toggle.setAttribute('aria-controls', 'prongsai-problems-body');
  toggle.addEventListener('click', () => {
    open = !open;
    render(lastReport);
  });
  const body = element('div', undefined, 'body');
  body.id = 'prongsai-problems-body';
  body.hidden = !open;
  body.append(element('h2', words.panelTitle));
  const lead = state === 'unreachable' ? words.unreachable : state === 'invalid' ? words.invalid : state === 'warnings' ? words.warningsOnly : words.allValid;
  body.append(element('p', lead, 'lead'));
  body.append(...groupedList([...errors, ...warnings]));
  if (noted.length > 0) {
    const details = element('details');
    details.append(element('summary', words.notedHeading(noted.length)), ...groupedList(noted));
    body.append(details);
  }
  if (report) {
    const meta = element('p', words.checkedAt(new Date(report.checkedAt).toLocaleTimeString('th-TH', { timeZone: 'Asia/Bangkok' })), 'meta');
    const preview = element('a', words.preview);
    preview.href = '/';
    preview.target = '_blank';
    meta.append(' · ', preview);
    body.append(meta);
  }
  // Keyboard focus stays on the button when the panel is redrawn by the poll.
  const hadFocus = panel.contains(document.activeElement) && document.activeElement?.classList.contains('toggle');
  panel.replaceChildren(body, toggle);
  if (hadFocus) toggle.focus();
}

let lastReportText = '';
let pending: Promise<void> | undefined;
function refresh(): Promise<void> {
  pending ??= fetch(problemsUrl, { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<EditorProblemReport>) : undefined))
    .catch(() => undefined)
    .then((report) => {
      // Drawn again only when the result changed: a link is not replaced under the pointer every few seconds.
      const text = JSON.stringify(report ?? null);
      if (text !== lastReportText) render(report);
      lastReportText = text;
    })
    .finally(() => (pending = undefined));
  return pending;
}

async function start(): Promise<void> {
  await loadScript(decapUrl);
  const cms = window.DecapCmsApp;
  if (!cms) throw new Error('Decap did not load');
  cms.registerLocale('th', withCorrections(th, decapThaiCorrections));
  // Month files written with Thai names for the closed lists open with those values selected (procurement-format.ts).
  cms.registerCustomFormat(procurementFormatName, 'yaml', procurementFormat);
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
  // After a page load that moved between entries: go on to the field a problem link named.
  const pendingTarget = sessionStorage.getItem(targetKey);
  if (pendingTarget) goToField(JSON.parse(pendingTarget) as FieldTarget);
  await refresh();
  setInterval(() => void refresh(), 3000);
}

void start();
