/**
 * `node scripts/bench-import.ts [--rows 1200]`: times `npm run import -- procurement` on a generated สขร.1 CSV of a
 * year (first into an empty site, then the same file again), as the target asks (a year of 1,200 rows ≤ 5 s).
 * Prints figures; not a test.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formHeader } from '../tests/helpers/procurement-sheets.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1200' } } });
const count = Number(values.rows);
const root = path.resolve('.prongsai/bench-import');
await rm(root, { recursive: true, force: true });
await mkdir(path.join(root, 'content'), { recursive: true });
const months = ['2566-10', '2566-11', '2566-12', '2567-01', '2567-02', '2567-03', '2567-04', '2567-05', '2567-06', '2567-07', '2567-08', '2567-09'];
const lines = [formHeader.join(',')];
for (let index = 0; index < count; index++) {
  const month = months[index % 12]!;
  lines.push(
    [
      index + 1,
      `จัดซื้อวัสดุรายการที่ ${index + 1}`,
      'ซื้อ',
      '',
      '"1,000.00"',
      '1000',
      'เฉพาะเจาะจง',
      '"ร้านหนึ่ง 990.00\nร้านสอง 995.00"',
      'ร้านหนึ่ง 990.00',
      '',
      'ราคาต่ำสุด',
      'ใบสั่งซื้อ',
      `${index + 1}/2567`,
      `${(index % 28) + 1} ${['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'][index % 12]} ${month.slice(2, 4)}`,
      '',
      '',
      '2567-10-20',
    ].join(','),
  );
}
const sheet = path.join(root, 'sheet.csv');
await writeFile(sheet, lines.join('\n'));
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
