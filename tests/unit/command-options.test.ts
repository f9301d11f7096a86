import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readCommandOptions } from '../../src/lib/cli/command-options.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

const options = { out: { type: 'string', default: 'dist' }, content: { type: 'string' } } as const;
const usage = '--content DIR --out DIR';

describe("a command's options", () => {
  it('reads the options given, with their defaults', () => {
    expect(readCommandOptions(options, usage, ['--content', 'site/content'])).toEqual({ values: { out: 'dist', content: 'site/content' } });
  });

  it('answers a mistyped option, an option without its value and a stray word in Thai, naming the options it takes', () => {
    for (const args of [['--contnet', 'x'], ['--out'], ['content']]) {
      const read = readCommandOptions(options, usage, args);
      expect(read, args.join(' ')).toMatchObject({ exitCode: 1 });
      expect('lines' in read && read.lines[0]).toBe('✗ ตัวเลือกไม่ถูกต้อง ใช้ได้: --content DIR --out DIR');
    }
  });

  it('prints the options for --help and -h, exiting 0', () => {
    expect(readCommandOptions(options, usage, ['--help'])).toEqual({ lines: ['ตัวเลือกที่ใช้ได้ (options): --content DIR --out DIR'], exitCode: 0 });
    expect(readCommandOptions(options, usage, ['-h'])).toMatchObject({ exitCode: 0 });
  });

  it.each(['build', 'edit', 'ocr'])('npm run %s with a mistyped option prints no stack trace and exits 1', (command) => {
    const run = spawnSync(process.execPath, [`scripts/${command}.ts`, '--bogus'], { cwd: projectRoot, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^✗ ตัวเลือกไม่ถูกต้อง ใช้ได้: --content DIR/);
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
  });
});
