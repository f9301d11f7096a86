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

  it("names what was wrong in Thai, without Node's English advice", () => {
    const detail = (args: string[]) => {
      const read = readCommandOptions(options, usage, args);
      return 'lines' in read ? read.lines.slice(1).join('\n') : '';
    };
    expect(detail(['--contnet', 'x'])).toBe('  ไม่รู้จักตัวเลือก --contnet (unknown option)');
    expect(detail(['--out'])).toBe('  ตัวเลือก --out ต้องมีค่าตามหลัง (missing value)');
    expect(detail(['content'])).toBe('  ไม่รู้จักคำว่า "content" (unexpected argument)');
    expect(detail(['--content=x', '--flag=1'])).toBe('  ไม่รู้จักตัวเลือก --flag (unknown option)');
    const booleans = { json: { type: 'boolean' } } as const;
    const read = readCommandOptions(booleans, '--json', ['--json=yes']);
    expect('lines' in read && read.lines[1]).toBe('  ตัวเลือก --json ไม่รับค่า (takes no value)');
  });

  it('takes words besides the options when the command does (a URL, a kind of document)', () => {
    expect(readCommandOptions(options, usage, ['https://example.go.th', '--out', 'x'], { positionals: true })).toEqual({
      values: { out: 'x' },
      positionals: ['https://example.go.th'],
    });
  });

  it('prints the options for --help and -h, exiting 0', () => {
    expect(readCommandOptions(options, usage, ['--help'])).toEqual({ lines: ['ตัวเลือกที่ใช้ได้ (options): --content DIR --out DIR'], exitCode: 0 });
    expect(readCommandOptions(options, usage, ['-h'])).toMatchObject({ exitCode: 0 });
  });

  it.each([
    ['build', '--content DIR'],
    ['edit', '--content DIR'],
    ['ocr', '--content DIR'],
    ['check', '--year'],
    ['new', '--title'],
    ['verify', '[URL]'],
  ])('npm run %s with a mistyped option names it in Thai, prints no stack trace and exits 1; --help lists the options', (command, option) => {
    const run = spawnSync(process.execPath, [`scripts/${command}.ts`, '--bogus'], { cwd: projectRoot, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^✗ ตัวเลือกไม่ถูกต้อง ใช้ได้: .*${option.replace(/[[\]]/g, '\\$&')}`));
    expect(run.stderr).toContain('ไม่รู้จักตัวเลือก --bogus');
    expect(run.stderr).not.toMatch(/\n\s+at |node:internal|To specify a positional/);
    const help = spawnSync(process.execPath, [`scripts/${command}.ts`, '--help'], { cwd: projectRoot, encoding: 'utf8', timeout: 30_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`ตัวเลือกที่ใช้ได้ (options): `);
    expect(help.stdout).toContain(option);
  });
});
