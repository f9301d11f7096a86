/** `npm run import -- files <folder> [--content DIR] [--engine auto|native|wasm|none]`: see import-files.ts. */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../../config.ts';
import { bangkokIsoDate } from '../calendar/thai-date.ts';
import { chooseEngineKind, openOcrEngines, type OcrEngine, type OcrEngineKind } from '../ocr/ocr-engine.ts';
import { startProgress } from '../cli/progress.ts';
import { importWords as words } from '../../i18n/import.ts';
import { importFiles } from './import-files.ts';
import { formatImportSummary } from './summary-table.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { root: { type: 'string' }, content: { type: 'string' }, engine: { type: 'string', default: 'auto' } },
  });
  const folder = positionals[0];
  if (!folder) {
    console.error(words.usage);
    return 2;
  }
  const sourceDir = path.resolve(folder.replace(/^~(?=\/|$)/, os.homedir()));
  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) {
    console.error(words.noFolder(folder));
    return 2;
  }
  const config = resolveConfig({ root: values.root, contentDir: values.content });
  let engines: OcrEngine[] | undefined;
  if (values.engine !== 'none') {
    engines = await openOcrEngines(chooseEngineKind(values.engine as OcrEngineKind | 'auto'), 1, config.workDir).catch(() => undefined);
    if (engines?.[0]) console.log(words.ocrNote(engines[0].name));
  }
  let stopping = false;
  // Ctrl-C: the file being written is finished (never half an entry), then the run stops and says how to continue.
  const onInterrupt = () => {
    if (stopping) process.exit(130);
    stopping = true;
  };
  process.on('SIGINT', onInterrupt);
  let progress: ReturnType<typeof startProgress> | undefined;
  try {
    const report = await importFiles({
      sourceDir,
      projectRoot: config.root,
      contentDir: config.contentDir,
      today: bangkokIsoDate(new Date()),
      ...(engines ? { engines } : {}),
      onFile: (_done, total) => {
        if (!progress) {
          console.log(words.start(total, folder));
          progress = startProgress({ total, unit: words.unit });
        }
        progress.tick();
      },
      shouldStop: () => stopping,
    });
    progress?.finish();
    console.log(formatImportSummary(report));
    if (stopping) console.log(words.interrupted);
    return stopping ? 130 : 0;
  } finally {
    process.off('SIGINT', onInterrupt);
    await Promise.all((engines ?? []).map((engine) => engine.close()));
  }
}
