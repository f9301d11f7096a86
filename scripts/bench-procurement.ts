/**
 * `node scripts/bench-procurement.ts [--docs 10000] [--rows 12000] [--rounds 5] [--dir /dev/shm/prongsai-bench] [--no-row-pages]`:
 * what procurement rows add to a build (issue 23's target: ten years of a hundred rows a month add at most 10 % to the
 * 10,000-document build). Writes the bench site twice, without and with the rows (with `--no-row-pages`, a third with
 * `procurement.noRowPages: true`), then builds them in turn, cold, `--rounds` times, so a machine speeding up or slowing
 * down weighs on each alike; prints every build (its time and the processor time of its processes), the medians and the median of the paired differences of both. A folder on a
 * memory file system (`--dir /dev/shm/…`) measures the code rather than the disk (docs/testing.md). Prints figures; not a test.
 */
import { statSync } from 'node:fs';
import { appendFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured } from './bench/measure.ts';
import { writeBenchSite } from './bench/lib/bench-site.ts';
import { projectRoot } from './lib/fixture-site.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    rows: { type: 'string', default: '12000' },
    rounds: { type: 'string', default: '5' },
    dir: { type: 'string', default: path.join(projectRoot, '.prongsai/bench-procurement') },
    'no-row-pages': { type: 'boolean', default: false },
  },
});
const docs = Number(values.docs);
const rows = Number(values.rows);
const rounds = Number(values.rounds);
if (![docs, rows, rounds].every((value) => Number.isInteger(value) && value > 0)) throw new Error('--docs, --rows and --rounds take positive whole numbers');
const dir = path.resolve(values.dir);

const sites = [
  { name: 'without rows', folder: 'site-without', rows: 0 },
  { name: `with ${rows} rows`, folder: 'site-with', rows },
  ...(values['no-row-pages'] ? [{ name: `with ${rows} rows, no row pages`, folder: 'site-no-row-pages', rows }] : []),
];
for (const site of sites) {
  const written = await writeBenchSite(projectRoot, path.join(dir, site.folder), docs, { seed: 1, procurementRows: site.rows });
  if (site.folder === 'site-no-row-pages') await appendFile(path.join(written.contentDir, 'site.yaml'), 'procurement:\n  noRowPages: true\n');
}
console.log(`${docs} documents; ${sites.map((site) => site.name).join(' / ')}; ${rounds} rounds of cold builds in turn, in ${dir}`);
// A build stages inside the project; an output on another file system is then copied across whole, every build (swap-output.ts).
if (statSync(dir).dev !== statSync(projectRoot).dev) {
  console.log(
    `note: ${dir} is on another file system than the project, so each build ends by copying its whole output across, which an agency's build (dist/ in the project) never does; run from a copy of the project there (docs/testing.md)`,
  );
}

/** A cold build: no Astro data store left from an earlier build of the same site. */
async function build(folder: string): Promise<{ seconds: number; cpuSeconds: number }> {
  const workDir = path.join(projectRoot, '.prongsai');
  for (const name of await readdir(workDir).catch(() => []))
    if (name.startsWith('cache-') && name.includes(folder)) await rm(path.join(workDir, name), { recursive: true, force: true });
  const run = await runMeasured(['scripts/build.ts', '--content', path.join(dir, folder, 'content'), '--out', path.join(dir, `out-${folder}`)], {
    sampleMs: 500,
  });
  return run;
}

const seconds = sites.map(() => [] as number[]);
const cpuSeconds = sites.map(() => [] as number[]);
for (let round = 1; round <= rounds; round += 1) {
  const times: string[] = [];
  for (const [index, site] of sites.entries()) {
    const taken = await build(site.folder);
    seconds[index]!.push(taken.seconds);
    cpuSeconds[index]!.push(taken.cpuSeconds);
    times.push(`${site.name} ${taken.seconds.toFixed(2)} s (processor ${taken.cpuSeconds.toFixed(1)} s)`);
  }
  console.log(`round ${round}: ${times.join(', ')}`);
}

const median = (list: readonly number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** One measure of each site against the first: medians, and the median of the differences round by round. */
function comparedWithFirst(measured: number[][], index: number, digits: number): { medians: [number, number]; differences: string; paired: string } {
  const base = measured[0]!;
  const differences = measured[index]!.map((taken, round) => taken - base[round]!);
  const paired = median(differences);
  return {
    medians: [median(base), median(measured[index]!)],
    differences: differences.map((difference) => difference.toFixed(digits)).join(', '),
    paired: `${paired.toFixed(digits)} s (${((paired / median(base)) * 100).toFixed(1)} %)`,
  };
}

console.log(`median ${sites[0]!.name}: ${median(seconds[0]!).toFixed(2)} s`);
for (const [index, site] of sites.entries()) {
  if (index === 0) continue;
  const clock = comparedWithFirst(seconds, index, 2);
  const [base, taken] = clock.medians;
  console.log(
    `median ${site.name}: ${taken.toFixed(2)} s (${((taken / base - 1) * 100).toFixed(1)} %); paired differences ${clock.differences} s, median ${clock.paired}`,
  );
  // Processor time moves less than wall time on a shared machine: what the rows cost in work, whatever else ran.
  const processor = comparedWithFirst(cpuSeconds, index, 1);
  console.log(
    `processor time ${site.name}: median ${processor.medians[1].toFixed(1)} s against ${processor.medians[0].toFixed(1)} s; ` +
      `paired differences ${processor.differences} s, median ${processor.paired}`,
  );
}
