/**
 * `node scripts/bench-import.ts [--rows 1200] [--runs 5]`: times `npm run import -- procurement` on a generated สขร.1
 * CSV of a year (first into an empty site, then the same file again), as the target asks (a year of 1,200
 * rows ≤ 5 s). Each is run `--runs` times (median and fastest printed, with the load average: the machine is shared).
 * Prints figures; not a test.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { generatedYearSheet } from './lib/procurement-sheets.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1200' }, runs: { type: 'string', default: '1' } } });
const count = Number(values.rows);
const runs = Math.max(1, Number(values.runs));
const root = path.resolve('.prongsai/bench-import');
await rm(root, { recursive: true, force: true });
await mkdir(path.join(root, 'content'), { recursive: true });
const sheet = path.join(root, 'sheet.csv');
await writeFile(sheet, generatedYearSheet(count, { dates: 'thai', twoBidders: true }));
const importOnce = () => {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['scripts/import.ts', 'procurement', sheet, '--content', path.relative(process.cwd(), path.join(root, 'content'))], {
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const summary = (run.stdout + run.stderr).split('\n').find((line) => line.startsWith('นำเข้า')) ?? run.stderr.slice(0, 300);
  return { seconds, summary };
};
const report = (label: string, times: number[], summary: string) => {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const figures = runs > 1 ? `median ${median.toFixed(2)} s, fastest ${sorted[0]!.toFixed(2)} s of ${runs}` : `${median.toFixed(2)} s`;
  console.log(
    `${label}: ${figures} — ${summary} (load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')})`,
  );
};
const empty: number[] = [];
const again: number[] = [];
let summaries = ['', ''];
for (let run = 0; run < runs; run++) {
  await rm(path.join(root, 'content'), { recursive: true, force: true });
  await mkdir(path.join(root, 'content'), { recursive: true });
  const first = importOnce();
  const second = importOnce();
  empty.push(first.seconds);
  again.push(second.seconds);
  summaries = [first.summary, second.summary];
}
report(`${count} rows into an empty site`, empty, summaries[0]!);
report(`${count} rows again (nothing changes)`, again, summaries[1]!);
