/**
 * Prongsai's configuration, read in one place: the scripts and astro.config.mjs call `resolveConfig` with their CLI
 * flags; everything else receives the result (the pages through the `virtual:prongsai/config` module).
 */
import path from 'node:path';

export interface ProngsaiConfig {
  /** Absolute project root */
  root: string;
  /** The content folder relative to the root, forward slashes, e.g. `content` */
  contentDir: string;
  /** Absolute folder for Prongsai's own caches and work files (`.prongsai/`, never published) */
  workDir: string;
  /** Absolute folder where PDF text is kept by SHA-256 between processes and builds */
  pdfTextCacheDir: string;
  /** Absolute folder where Node keeps the compiled code of the site step's modules between builds */
  compileCacheDir: string;
  /** Whether Astro's own build hook writes the search index (a plain `astro build`); `npm run build` indexes afterwards */
  indexInAstroBuild: boolean;
  /** Astro's log level for `npm run build` */
  logLevel: 'warn' | 'debug';
  /** CE date (YYYY-MM-DD) the OIT statuses are judged on; unset: the day of the build in Bangkok. `npm run verify` rebuilds with the deployed build's date */
  asOf?: string;
}

/** The environment variables Prongsai reads (tests and benchmarks point a build elsewhere with them). */
export const environmentVariables = {
  contentDir: 'PRONGSAI_CONTENT_DIR',
  logLevel: 'PRONGSAI_LOG_LEVEL',
  asOf: 'PRONGSAI_AS_OF',
} as const;

export interface ConfigFlags {
  root?: string;
  /** Relative to the root or absolute */
  contentDir?: string;
  indexInAstroBuild?: boolean;
  /** CE date YYYY-MM-DD */
  asOf?: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Flags first, then the environment, then defaults. */
export function resolveConfig(flags: ConfigFlags = {}, environment: Environment = process.env, workingDirectory = process.cwd()): ProngsaiConfig {
  const root = path.resolve(workingDirectory, flags.root ?? '.');
  const givenContent = flags.contentDir ?? environment[environmentVariables.contentDir] ?? 'content';
  const contentDir = contentDirRelativeTo(root, givenContent.replace(/[\\/]+$/, '') || 'content');
  const workDir = path.join(root, '.prongsai');
  const asOf = flags.asOf ?? environment[environmentVariables.asOf];
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new Error(`as-of date must be YYYY-MM-DD (CE), got "${asOf}"`);
  return {
    root,
    contentDir,
    workDir,
    pdfTextCacheDir: path.join(workDir, 'pdf-text'),
    compileCacheDir: path.join(workDir, 'compile-cache'),
    indexInAstroBuild: flags.indexInAstroBuild ?? true,
    logLevel: environment[environmentVariables.logLevel] === 'debug' ? 'debug' : 'warn',
    ...(asOf ? { asOf } : {}),
  };
}

/** A CE date YYYY-MM-DD that exists in the calendar. */
function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** A content folder (relative or absolute) as the project-relative, forward-slash path every module takes. */
export function contentDirRelativeTo(root: string, given: string): string {
  return path.relative(root, path.resolve(root, given)).split(path.sep).join('/');
}

/** The flags a script passes on to a child script so that it resolves the same configuration. */
export function configArguments(config: ProngsaiConfig): string[] {
  return ['--root', config.root, '--content', config.contentDir, ...(config.asOf ? ['--as-of', config.asOf] : [])];
}

/**
 * The environment of the build's site step (Astro's render): Node's compile cache in `.prongsai/`, so a build does not
 * compile the same thousands of module files again (measured: about 8 % of a 1,000-document site step's CPU); one already set wins.
 */
export function siteStepEnvironment(
  config: Pick<ProngsaiConfig, 'compileCacheDir'>,
  environment: Environment = process.env,
): Record<string, string | undefined> {
  return { ...environment, NODE_COMPILE_CACHE: environment.NODE_COMPILE_CACHE ?? config.compileCacheDir };
}

/** The environment child tools (git) run with: this process's, read here so no other module reads it. */
export function childProcessEnvironment(environment: Environment = process.env): Record<string, string | undefined> {
  return { ...environment };
}
