/**
 * The pages of an attachment that need reading, as images OCR can take: every page of a PDF that has no text of its own
 * (rendered at the scan's own resolution, 150–300 dpi), or an image attachment (PNG, JPEG, WebP, GIF: decoded and, when huge, scaled down). Pages are
 * rendered by PDF.js (unpdf) on @napi-rs/canvas, whose prebuilt binary comes inside its npm package (no native build,
 * nothing fetched); it was faster here than Debian's `pdftoppm` (0.35 vs 0.52 s a page, docs/ocr.md), kept as an option.
 */
import { spawn, spawnSync } from 'node:child_process';
import { extractImages, extractText, getDocumentProxy, renderPageAsImage } from 'unpdf';

export type ScanSource =
  | { kind: 'pdf'; pageCount: number; /** 1-based pages without text of their own */ scanPages: number[] }
  | { kind: 'image'; pageCount: 1; scanPages: [1] }
  /** Not something OCR reads: a damaged or password-protected PDF, a format no decoder here reads (TIFF, HEIC) */
  | { kind: 'unreadable'; reason: 'damaged' | 'password' | 'format'; detail: string };

export interface PageImage {
  page: number;
  /** PNG (or the original JPEG) bytes */
  bytes: Uint8Array;
}

const dpi = 300;
/** A scan below this is still drawn at it: Tesseract needs letters some 20 pixels high. */
const minDpi = 150;
/** The longest side an image is read at: a phone photo of 12 megapixels or a 600 dpi A3 scan is scaled down to it. */
export const maxImageSide = 4200;
const hasReadableCharacters = (text: string) => /[\p{L}\p{N}]/u.test(text);

type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'tiff' | 'heic' | 'pdf' | undefined;

/** What the bytes are (by their signature), for the formats that matter here. */
export function imageFormat(bytes: Uint8Array): ImageFormat {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif)$/.test(ascii(8, 12))) return 'heic';
  return undefined;
}

const pdfError = (error: unknown): ScanSource => {
  const password = (error as { name?: unknown } | undefined)?.name === 'PasswordException';
  const detail = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  return { kind: 'unreadable', reason: password ? 'password' : 'damaged', detail };
};

/** Which pages of the file need OCR, without rendering any. */
export async function findScanPages(bytes: Uint8Array): Promise<ScanSource> {
  const format = imageFormat(bytes);
  if (format === 'png' || format === 'jpeg' || format === 'webp' || format === 'gif') return { kind: 'image', pageCount: 1, scanPages: [1] };
  if (format !== 'pdf') return { kind: 'unreadable', reason: 'format', detail: format ?? 'unknown' };
  let document: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, disableFontFace: true });
    const { totalPages, text } = await extractText(document, { mergePages: false });
    const scanPages = text.flatMap((page, index) => (hasReadableCharacters(page) ? [] : [index + 1]));
    return { kind: 'pdf', pageCount: totalPages, scanPages };
  } catch (error) {
    return pdfError(error);
  } finally {
    await document?.loadingTask.destroy();
  }
}

let popplerChecked: boolean | undefined;
/** Debian's pdftoppm, when installed: renders a page in about 0.13 s, several times faster than PDF.js on a canvas. */
export function hasPdftoppm(): boolean {
  popplerChecked ??= spawnSync('pdftoppm', ['-v'], { timeout: 10_000 }).status === 0;
  return popplerChecked;
}

function pdftoppmPage(bytes: Uint8Array, page: number, resolution: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftoppm', ['-r', resolution.toFixed(1), '-f', String(page), '-l', String(page), '-gray', '-png', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && out.length > 0
        ? resolve(new Uint8Array(Buffer.concat(out)))
        : reject(new Error(`pdftoppm: ${Buffer.concat(err).toString('utf8').trim() || `exit ${code}`}`)),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}

export type Rasteriser = 'pdftoppm' | 'pdfjs';

/** The images of the given pages, one at a time (a 300-page scan is never held rendered in memory at once). */
export async function* renderScanPages(bytes: Uint8Array, pages: readonly number[], rasteriser: Rasteriser = 'pdfjs'): AsyncGenerator<PageImage> {
  const format = imageFormat(bytes);
  if (format !== 'pdf') {
    yield { page: 1, bytes: await normalizeImage(bytes) };
    return;
  }
  const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    for (const page of pages) {
      const proxy = await document.getPage(page);
      const viewport = proxy.getViewport({ scale: 1 });
      // The scan's own resolution (rendering a 150 dpi scan at 300 dpi made Tesseract lose whole tables), at most 300 dpi,
      // and less for a page so large (a poster, a map) that it would pass maxImageSide.
      const images = await extractImages(document, page).catch(() => []);
      const widest = Math.max(0, ...images.map((image) => image.width));
      const native = widest > 0 ? widest / viewport.width : dpi / 72;
      const scale = Math.min(Math.max(native, minDpi / 72), dpi / 72, maxImageSide / Math.max(viewport.width, viewport.height));
      if (rasteriser === 'pdftoppm') {
        yield { page, bytes: await pdftoppmPage(bytes, page, scale * 72) };
        continue;
      }
      const png = await renderPageAsImage(document, page, { canvasImport: () => import('@napi-rs/canvas'), scale });
      yield { page, bytes: new Uint8Array(png) };
    }
  } finally {
    await document.loadingTask.destroy();
  }
}

/** An image as OCR takes it: JPEG and PNG as they are unless too large; WebP and GIF (and large ones) redrawn as PNG. */
async function normalizeImage(bytes: Uint8Array): Promise<Uint8Array> {
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(bytes));
  const format = imageFormat(bytes);
  const scale = Math.min(1, maxImageSide / Math.max(image.width, image.height));
  if (scale === 1 && (format === 'png' || format === 'jpeg')) return bytes;
  const canvas = createCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Uint8Array(await canvas.encode('png'));
}
