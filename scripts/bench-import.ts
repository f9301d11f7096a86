/**
 * `node scripts/bench-import.ts [--rows 1200]`: times `npm run import -- procurement` on a generated สขร.1 CSV of a
 * year (first into an empty site, then the same file again), as the target asks (a year of 1,200 rows ≤ 5 s).
 * Prints figures; not a test.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedYearSheet } from './lib/procurement-sheets.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1200' } } });
const count = Number(values.rows);
const root = path.resolve('.prongsai/bench-import');
await rm(root, { recursive: true, force: true });
await mkdir(path.join(root, 'content'), { recursive: true });
const sheet = path.join(root, 'sheet.csv');
await writeFile(sheet, generatedYearSheet(count, { dates: 'thai', twoBidders: true }));
const time = (label: string) => {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['scripts/import.ts', 'procurement', sheet, '--content', path.relative(process.cwd(), path.join(root, 'content'))], {
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const summary = (run.stdout + run.stderr).split('\n').find((line) => line.startsWith('นำเข้า')) ?? run.stderr.slice(0, 300);
  console.log(`${label}: ${seconds.toFixed(2)} s — ${summary}`);
};
time(`${count} rows into an empty site`);
time(`${count} rows again (nothing changes)`);
