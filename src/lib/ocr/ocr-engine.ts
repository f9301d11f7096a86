/**
 * The OCR engines, Thai and English models together (tha+eng reads Thai announcements best: 2.1 % vs 4.8 % character
 * errors for tha alone). Two kinds:
 * - `native`: Debian's `tesseract` (tesseract-ocr + tesseract-ocr-tha) when installed; one process per page with
 *   OMP_THREAD_LIMIT=1 (its own threading is about ten times slower on a shared two-core machine).
 * - `wasm`: tesseract.js with the models installed by `npm ci` (@tesseract.js-data/tha and /eng): nothing is fetched at
 *   run time, the core and the models are read from node_modules.
 * One engine (one page at a time) per core; `openOcrEngines` gives as many as asked.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { childProcessEnvironment } from '../../config.ts';

export type OcrEngineKind = 'native' | 'wasm';

export interface OcrEngine {
  /** What read the text, written into the text file's header, e.g. "tesseract 5.3.0 (tha+eng)" */
  readonly name: string;
  /** The text of one page image (PNG or JPEG bytes), as the engine gives it (not yet cleaned) */
  recognize(image: Uint8Array): Promise<string>;
  close(): Promise<void>;
}

const languages = 'tha+eng';

/** Debian's tesseract with both models, or undefined: its version line, e.g. "tesseract 5.3.0". */
export function nativeTesseractVersion(): string | undefined {
  const version = spawnSync('tesseract', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (version.status !== 0) return undefined;
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  const listed = new Set(`${langs.stdout}`.split('\n').map((line) => line.trim()));
  if (!listed.has('tha') || !listed.has('eng')) return undefined;
  return `${version.stdout}${version.stderr}`.split('\n')[0]?.trim() || 'tesseract';
}

/** The engine kind to use: the one asked for, else native when installed (faster, see docs/ocr.md), else wasm. */
export function chooseEngineKind(asked: OcrEngineKind | 'auto' = 'auto'): OcrEngineKind {
  if (asked !== 'auto') return asked;
  return nativeTesseractVersion() ? 'native' : 'wasm';
}

function nativeEngine(version: string): OcrEngine {
  return {
    name: `${version} (${languages})`,
    recognize(image) {
      return new Promise((resolve, reject) => {
        // psm 3 (automatic layout) keeps a table's cells and a stamp's words out of the lines they cross.
        // Its own process group: Ctrl-C stops the command between files (import finishes the one it is writing), not a page mid-read.
        const child = spawn('tesseract', ['stdin', 'stdout', '-l', languages, '--psm', '3'], {
          env: { ...childProcessEnvironment(), OMP_THREAD_LIMIT: '1' },
          stdio: ['pipe', 'pipe', 'pipe'],
          detached: true,
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0
            ? resolve(Buffer.concat(out).toString('utf8'))
            : reject(new Error(`tesseract: ${Buffer.concat(err).toString('utf8').trim() || `exit ${code}`}`)),
        );
        child.stdin.on('error', () => undefined);
        child.stdin.end(image);
      });
    },
    close: async () => undefined,
  };
}

const require = createRequire(import.meta.url);

/**
 * The models from node_modules in one folder, as tesseract.js reads them (one `langPath` for all languages): copied once
 * into `cacheDir`. The LSTM "best_int" models: the packages' other ("4.0.0") Thai model put a space between every letter.
 */
async function localModels(cacheDir: string): Promise<string> {
  const folder = path.join(cacheDir, 'tessdata-best-int');
  await mkdir(folder, { recursive: true });
  for (const language of languages.split('+')) {
    const source = path.join(path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), '4.0.0_best_int', `${language}.traineddata.gz`);
    const target = path.join(folder, `${language}.traineddata.gz`);
    const [from, to] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
    if (to?.size !== from.size) await copyFile(source, target);
  }
  return folder;
}

async function wasmEngine(cacheDir: string): Promise<OcrEngine> {
  const { createWorker, OEM, PSM } = await import('tesseract.js');
  const version = (require('tesseract.js/package.json') as { version: string }).version;
  // langPath is a local folder: tesseract.js reads it from disk and never goes to its CDN; cacheMethod none writes nothing into the working folder.
  const worker = await createWorker(languages, OEM.LSTM_ONLY, {
    langPath: await localModels(cacheDir),
    cacheMethod: 'none',
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  // Automatic layout, as the native engine: tesseract.js's default (one block) read only a table's first line.
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
  return {
    name: `tesseract.js ${version} (${languages})`,
    async recognize(image) {
      const result = await worker.recognize(Buffer.from(image));
      return result.data.text;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** `count` engines of the kind, each reading one page at a time. `cacheDir` holds tesseract.js's copy of the models. */
export async function openOcrEngines(kind: OcrEngineKind, count: number, cacheDir: string): Promise<OcrEngine[]> {
  if (kind === 'native') {
    const version = nativeTesseractVersion();
    if (!version) throw new Error('tesseract (tesseract-ocr, tesseract-ocr-tha) is not installed');
    return Array.from({ length: count }, () => nativeEngine(version));
  }
  return Promise.all(Array.from({ length: count }, () => wasmEngine(cacheDir)));
}
