import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { configArguments, resolveConfig, siteStepEnvironment } from '../../src/config.ts';

describe('resolveConfig: one place for flags, environment and defaults', () => {
  const cwd = '/srv/agency';

  it('defaults to content/ under the working directory, caches in .prongsai/', () => {
    const config = resolveConfig({}, {}, cwd);
    expect(config).toEqual({
      root: cwd,
      contentDir: 'content',
      workDir: path.join(cwd, '.prongsai'),
      pdfTextCacheDir: path.join(cwd, '.prongsai', 'pdf-text'),
      compileCacheDir: path.join(cwd, '.prongsai', 'compile-cache'),
      indexInAstroBuild: true,
      logLevel: 'warn',
    });
  });

  it('takes the environment when no flag is given, and a flag over the environment', () => {
    const environment = { PRONGSAI_CONTENT_DIR: 'fixtures/site/content/', PRONGSAI_LOG_LEVEL: 'debug' };
    expect(resolveConfig({}, environment, cwd)).toMatchObject({ contentDir: 'fixtures/site/content', logLevel: 'debug' });
    expect(resolveConfig({ contentDir: 'other' }, environment, cwd)).toMatchObject({ contentDir: 'other' });
  });

  it('makes an absolute or ../ content folder relative to the root, with forward slashes', () => {
    expect(resolveConfig({ root: 'site', contentDir: '/srv/agency/site/data/content' }, {}, cwd)).toMatchObject({
      root: '/srv/agency/site',
      contentDir: 'data/content',
    });
    expect(resolveConfig({ contentDir: '../shared/content' }, {}, cwd).contentDir).toBe('../shared/content');
  });

  it('takes the day OIT statuses are judged on from a flag or the environment, and refuses anything but YYYY-MM-DD', () => {
    expect(resolveConfig({}, {}, cwd).asOf).toBeUndefined();
    expect(resolveConfig({}, { PRONGSAI_AS_OF: '2024-06-30' }, cwd).asOf).toBe('2024-06-30');
    expect(resolveConfig({ asOf: '2024-07-01' }, { PRONGSAI_AS_OF: '2024-06-30' }, cwd).asOf).toBe('2024-07-01');
    for (const wrong of ['2567-06-30x', '2024-6-30', '2024-02-30', '30/06/2024'])
      expect(() => resolveConfig({ asOf: wrong }, {}, cwd), wrong).toThrow(/YYYY-MM-DD/);
    const flags = configArguments(resolveConfig({ asOf: '2024-06-30' }, {}, cwd));
    expect(flags.slice(flags.indexOf('--as-of'))).toEqual(['--as-of', '2024-06-30']);
  });

  it('passes a child script the flags that resolve to the same configuration', () => {
    const config = resolveConfig({ contentDir: 'x/content' }, {}, cwd);
    const flags = configArguments(config);
    const value = (name: string) => flags[flags.indexOf(name) + 1];
    expect(resolveConfig({ root: value('--root'), contentDir: value('--content') }, {}, '/elsewhere')).toEqual(config);
  });
});

describe('configuration is passed in', () => {
  it('no module under src/ but src/config.ts reads the environment or the working directory', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const { projectRoot } = await import('../../scripts/lib/fixture-site.ts');
    const files = (await readdir(path.join(projectRoot, 'src'), { recursive: true })).filter((file) => /\.(ts|astro|mjs)$/.test(file) && file !== 'config.ts');
    expect(files.length).toBeGreaterThan(50);
    const readers: string[] = [];
    for (const file of files) {
      // Comments and strings may name them (e.g. a bundler's define key); code may not.
      const code = (await readFile(path.join(projectRoot, 'src', file), 'utf8'))
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
        .replace(/'[^'\n]*'|"[^"\n]*"/g, "''");
      if (/process\.env|process\.cwd\(/.test(code)) readers.push(file);
    }
    expect(readers).toEqual([]);
  });

  it("gives the build's site step Node's compile cache in .prongsai/, unless one is already set, and keeps the rest of the environment", () => {
    const config = resolveConfig({}, {}, '/srv/agency');
    expect(siteStepEnvironment(config, { PATH: '/bin' })).toEqual({ PATH: '/bin', NODE_COMPILE_CACHE: path.join('/srv/agency', '.prongsai', 'compile-cache') });
    expect(siteStepEnvironment(config, { NODE_COMPILE_CACHE: '/tmp/elsewhere' }).NODE_COMPILE_CACHE).toBe('/tmp/elsewhere');
  });
});
