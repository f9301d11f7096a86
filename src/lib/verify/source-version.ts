import { execFile } from 'node:child_process';
import { markerVersionOf } from './build-marker.ts';

// What changes the site is everything but these: a commit to the docs or tests alone does not make a new build.
const NOT_BUILT_FROM = [
  ':(exclude)docs',
  ':(exclude)tests',
  ':(exclude)README.md',
  ':(exclude).github',
  ':(exclude).gitlab-ci.yml',
  ':(exclude).forgejo',
  ':(exclude).gitea',
];

type Environment = Readonly<Record<string, string | undefined>>;

function git(repoRoot: string, args: string[], environment?: Environment): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', repoRoot, ...args], { encoding: 'utf8', env: environment, windowsHide: true, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}

/** UTC time of the last commit that changed what the site is built from (undefined outside git or before a first commit). */
export async function readSourceVersion(repoRoot: string, environment?: Environment): Promise<string | undefined> {
  const date = await git(repoRoot, ['log', '-1', '--format=%cI', '--', '.', ...NOT_BUILT_FROM], environment);
  return date ? markerVersionOf(date.trim()) : undefined;
}

/** git's list of uncommitted changes to what the site is built from ('' when clean; undefined outside git). */
export function readUncommittedChanges(repoRoot: string, environment?: Environment): Promise<string | undefined> {
  return git(repoRoot, ['status', '--porcelain', '--untracked-files=all', '--', '.', ...NOT_BUILT_FROM], environment);
}

/** The commits (short hash and subject, for the terminal only) whose time is the marker's version. */
export async function commitsAt(repoRoot: string, version: string, environment?: Environment): Promise<string[]> {
  const log = await git(repoRoot, ['log', '-n', '2000', '--format=%h%x1f%cI%x1f%s'], environment);
  return (log ?? '')
    .split('\n')
    .map((line) => line.split('\x1f'))
    .filter(([, date]) => date !== undefined && markerVersionOf(date) === version)
    .map(([hash, , subject = '']) => `${hash} ${subject.length > 72 ? `${subject.slice(0, 71)}…` : subject}`.trim());
}
