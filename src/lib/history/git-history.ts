import { execFile } from 'node:child_process';
import path from 'node:path';

/** One commit that touched a content file. */
export interface FileChange {
  /** Full commit hash. */
  commit: string;
  /** Committer date, strict ISO 8601 as git prints it, e.g. '2024-01-15T10:00:00+07:00'. */
  date: string;
  /** First line of the commit message. */
  subject: string;
}

export type HistoryUnavailableReason = 'not-a-repository' | 'git-missing' | 'no-commits';

export type ContentHistory =
  | {
      available: true;
      /** Newest change first, keyed by path relative to the git top level, forward slashes. */
      byFile: Map<string, FileChange[]>;
      /** A shallow clone lacks older commits, so "first published" would be wrong. */
      shallow: boolean;
      /** Absolute folder the history was read from; relative paths given to historyFor are taken from here. Defaults to the git top level. */
      repoRoot?: string;
      /** repoRoot relative to the git top level with a trailing slash, '' when it is the top level. */
      repoPrefix?: string;
    }
  | {
      available: false;
      reason: HistoryUnavailableReason;
      /** git's own message, for the build log. */
      detail?: string;
    };

export type FileHistory =
  | {
      state: 'tracked';
      firstCommitted: string;
      lastCommitted: string;
      /** Newest first. */
      changes: FileChange[];
      /** False in a shallow clone: older changes, and the real first publication, are missing. */
      complete: boolean;
    }
  | { state: 'untracked' }
  | { state: 'unavailable'; reason: HistoryUnavailableReason };

// 0x1e/0x1f (record/unit separators) start and split the header; -z makes every header and path NUL-terminated, and NUL cannot occur in a commit message or path.
const GIT_LOG_FORMAT = '--format=%x1e%H%x1f%cI%x1f%s';
// SHA-1 (40) or SHA-256 (64) object names; the subject is last so stray separators inside it stay in the subject.
const HEADER_PATTERN = /^\x1e([0-9a-f]{40}(?:[0-9a-f]{24})?)\x1f([^\x1f]*)\x1f([\s\S]*)$/;
// Sites have ~10,000 files with many commits each; the default 1 MB buffer would abort the build.
const MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;
// These would point git at another repository than repoRoot (e.g. when the build runs inside a git hook).
const REPOSITORY_OVERRIDE_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'];

/** A `--numstat` line: lines added and deleted (`-` for a binary file), then the path (empty for a rename, whose two paths follow). */
const NUMSTAT_PATTERN = /^(-|\d+)\t(-|\d+)\t([\s\S]*)$/;

/**
 * Parses the output of
 * `git log -z --format=%x1e%H%x1f%cI%x1f%s --numstat -M -w --ignore-blank-lines -- <contentDir>`
 * into each file's changes of content, newest first (git's order). A commit that only moved, renamed or reformatted
 * a file is not a change of it: git lists a whitespace-only change not at all, and a pure rename as 0 lines; a
 * renamed file keeps the changes it had under its earlier names.
 */
export function parseGitLog(output: string): Map<string, FileChange[]> {
  const byFile = new Map<string, FileChange[]>();
  // Newest first: a rename seen now sends every older change of the old path to the file's present path.
  const renamedTo = new Map<string, string>();
  const presentPath = (filePath: string) => renamedTo.get(filePath) ?? filePath;
  const record = (filePath: string, change: FileChange) => {
    const changes = byFile.get(filePath);
    if (changes === undefined) byFile.set(filePath, [change]);
    else if (changes.at(-1)?.commit !== change.commit) changes.push(change);
  };
  let currentChange: FileChange | undefined;
  let isFirstPathOfCommit = false;
  let rename: { changed: boolean; from?: string } | undefined;
  for (const token of output.split('\0')) {
    // After a commit with no entry (a merge, a reformatting) git writes a newline before the next header.
    const header = HEADER_PATTERN.exec(token.startsWith('\n\x1e') ? token.slice(1) : token);
    if (header) {
      currentChange = { commit: header[1]!, date: header[2]!, subject: header[3]! };
      isFirstPathOfCommit = true;
      rename = undefined;
      continue;
    }
    // git writes one newline between a commit's header and its first entry.
    const entry = isFirstPathOfCommit && token.startsWith('\n') ? token.slice(1) : token;
    isFirstPathOfCommit = false;
    if (currentChange === undefined) continue;
    if (rename) {
      if (rename.from === undefined) {
        rename.from = entry;
        continue;
      }
      const to = presentPath(entry);
      renamedTo.set(rename.from, to);
      if (rename.changed) record(to, currentChange);
      rename = undefined;
      continue;
    }
    const numstat = NUMSTAT_PATTERN.exec(entry);
    if (!numstat) continue;
    const changed = numstat[1] === '-' || numstat[2] === '-' || Number(numstat[1]) + Number(numstat[2]) > 0;
    if (numstat[3] === '') rename = { changed };
    else if (changed) record(presentPath(numstat[3]!), currentChange);
  }
  return byFile;
}

/** The change history of one file; `file` is absolute or relative to the history's repoRoot. */
export function historyFor(history: ContentHistory, file: string): FileHistory {
  if (!history.available) return { state: 'unavailable', reason: history.reason };
  const changes = history.byFile.get(gitPathOf(history, file));
  const newest = changes?.[0];
  const oldest = changes?.at(-1);
  if (changes === undefined || newest === undefined || oldest === undefined) return { state: 'untracked' };
  return {
    state: 'tracked',
    firstCommitted: oldest.date,
    lastCommitted: newest.date,
    changes,
    complete: !history.shallow,
  };
}

function toForwardSlashes(filePath: string): string {
  return filePath.replaceAll('\\', '/');
}

function gitPathOf(history: { repoRoot?: string; repoPrefix?: string }, file: string): string {
  const fromRepoRoot = path.isAbsolute(file) && history.repoRoot !== undefined ? path.relative(history.repoRoot, file) : file;
  return path.posix.normalize(path.posix.join(history.repoPrefix ?? '', toForwardSlashes(fromRepoRoot)));
}

type GitRun = { ok: true; stdout: string } | { ok: false; gitMissing: boolean; exitCode: number | undefined; message: string };

/** The environment git runs with: the caller's (config's `gitEnvironment`), without what would point git at another repository. */
function withoutRepositoryOverrides(environment: Readonly<Record<string, string | undefined>> | undefined): Record<string, string | undefined> | undefined {
  if (!environment) return undefined;
  return Object.fromEntries(Object.entries(environment).filter(([name]) => !REPOSITORY_OVERRIDE_VARIABLES.includes(name)));
}

function runGit(repoRoot: string, args: string[], environment?: Readonly<Record<string, string | undefined>>): Promise<GitRun> {
  const env = withoutRepositoryOverrides(environment);
  return new Promise((resolve) => {
    execFile('git', ['-C', repoRoot, ...args], { encoding: 'utf8', maxBuffer: MAX_GIT_OUTPUT_BYTES, env, windowsHide: true }, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ ok: true, stdout });
        return;
      }
      const code = (error as NodeJS.ErrnoException).code as string | number | undefined;
      resolve({
        ok: false,
        gitMissing: code === 'ENOENT',
        exitCode: typeof code === 'number' ? code : undefined,
        message: (stderr.trim() || error.message).split('\n')[0] ?? '',
      });
    });
  });
}

/**
 * Reads the history of every file under contentDir with one `git log`.
 * contentDir may be absolute or relative to repoRoot; repoRoot may be any folder inside the work tree.
 */
export async function readContentHistory(
  repoRoot: string,
  contentDir: string,
  environment?: Readonly<Record<string, string | undefined>>,
): Promise<ContentHistory> {
  const absoluteRepoRoot = path.resolve(repoRoot);
  const repository = await runGit(absoluteRepoRoot, ['rev-parse', '--is-shallow-repository', '--show-prefix'], environment);
  if (!repository.ok) {
    return { available: false, reason: repository.gitMissing ? 'git-missing' : 'not-a-repository', detail: repository.message };
  }
  const [shallowLine = '', repoPrefix = ''] = repository.stdout.split('\n');

  const head = await runGit(absoluteRepoRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], environment);
  if (!head.ok) return { available: false, reason: 'no-commits', detail: head.message };

  const contentPathspec = toForwardSlashes(path.relative(absoluteRepoRoot, path.resolve(absoluteRepoRoot, contentDir))) || '.';
  // A content folder outside the project's repository (npm run build -- --content elsewhere) has no history here: show none.
  if (contentPathspec === '..' || contentPathspec.startsWith('../') || path.isAbsolute(contentPathspec)) {
    return { available: false, reason: 'not-a-repository', detail: `${contentDir} is outside ${absoluteRepoRoot}` };
  }
  const log = await runGit(
    absoluteRepoRoot,
    [
      // Pin settings a user's config could change: relative paths, --follow, signatures, legacy encodings.
      '-c',
      'diff.relative=false',
      '-c',
      'log.follow=false',
      '-c',
      'diff.renames=true',
      '-c',
      'log.showSignature=false',
      '--literal-pathspecs',
      'log',
      '-z',
      '--encoding=UTF-8',
      '--no-color',
      GIT_LOG_FORMAT,
      // Lines changed per file, renames followed, whitespace-only changes not counted (parseGitLog).
      '--numstat',
      '-M',
      '-w',
      '--ignore-blank-lines',
      '--',
      contentPathspec,
    ],
    environment,
  );
  if (!log.ok) throw new Error(`git log failed in ${absoluteRepoRoot} for ${contentPathspec}: ${log.message}`);

  return {
    available: true,
    byFile: parseGitLog(log.stdout),
    shallow: shallowLine.trim() === 'true',
    repoRoot: absoluteRepoRoot,
    repoPrefix,
  };
}
