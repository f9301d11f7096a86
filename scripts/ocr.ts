/**
 * `npm run ocr [-- --content DIR] [--engine auto|native|wasm] [--workers N]`: reads the scans under the content folder
 * that have no machine-read text yet and writes it beside each (`<file>.ocr.txt`, to commit with the content). The build
 * never runs OCR; it lists the scans still unread.
 */
import os from 'node:os';
import path from 'node:path';
import { commandOptionsOrExit } from '../src/lib/cli/command-options.ts';
import { resolveConfig } from '../src/config.ts';
import { chooseEngineKind, openOcrEngines, type OcrEngineKind } from '../src/lib/ocr/ocr-engine.ts';
import { findPendingScans, readScans } from '../src/lib/ocr/run-ocr.ts';
import { startProgress } from '../src/lib/cli/progress.ts';
import { ocrWords } from '../src/i18n/ocr.ts';
import { commandWords } from '../src/i18n/terminal.ts';

const values = commandOptionsOrExit(
  {
    root: { type: 'string' },
    content: { type: 'string' },
    engine: { type: 'string', default: 'auto' },
    workers: { type: 'string' },
  },
  '--content DIR --root DIR --engine auto|native|wasm --workers N',
);
const config = resolveConfig({ root: values.root, contentDir: values.content });
const asked = values.engine as OcrEngineKind | 'auto';
if (!['auto', 'native', 'wasm'].includes(asked)) {
  console.error(commandWords.ocrEngine(String(values.engine)));
  process.exit(2);
}
const workers = Math.max(1, Number(values.workers) || os.availableParallelism());
const kind = chooseEngineKind(asked);

const started = performance.now();
const { pending, done, leftovers } = await findPendingScans(path.join(config.root, config.contentDir));
if (leftovers.length > 0) console.log(ocrWords.leftovers(leftovers.length));
const upToDate = done.filter((result) => result.outcome === 'up-to-date').length;
for (const result of done) if (result.outcome === 'unreadable') console.log(ocrWords.unreadable(`${config.contentDir}/${result.file}`, result.detail ?? ''));
const pageCount = pending.reduce((sum, scan) => sum + scan.scanPages.length, 0);
if (pending.length === 0) {
  console.log(ocrWords.nothingToDo(upToDate));
  process.exit(0);
}

let engines;
try {
  engines = await openOcrEngines(kind, Math.min(workers, pageCount), config.workDir);
} catch (error) {
  console.error(kind === 'native' ? ocrWords.noNative : `OCR: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(ocrWords.engine(engines[0]!.name, engines.length));
console.log(ocrWords.pending(pending.length, pageCount));
const progress = startProgress({ total: pageCount, unit: ocrWords.unit });
process.once('SIGINT', () => {
  progress.finish();
  console.log(ocrWords.interrupted);
  process.exit(130);
});
const results = await readScans(pending, { engines, onPage: () => progress.tick() });
progress.finish();
await Promise.all(engines.map((engine) => engine.close()));
let pagesRead = 0;
for (const result of results.sort((a, b) => a.file.localeCompare(b.file))) {
  if (result.outcome === 'read') {
    pagesRead += result.pagesRead ?? 0;
    console.log(ocrWords.read(`${config.contentDir}/${result.file}`, result.pagesRead ?? 0));
  } else console.log(ocrWords.unreadable(`${config.contentDir}/${result.file}`, result.detail ?? ''));
}
console.log(
  ocrWords.summary({
    read: results.filter((result) => result.outcome === 'read').length,
    pages: pagesRead,
    upToDate,
    seconds: ((performance.now() - started) / 1000).toFixed(1),
  }),
);
process.exitCode = results.some((result) => result.outcome === 'unreadable') ? 1 : 0;
