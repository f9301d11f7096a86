/**
 * A one-line progress bar for long commands (`npm run ocr`, `npm run import`): count, bar, time left. On a terminal
 * it redraws its line; elsewhere (CI, a log file) it prints a plain line at most every few seconds.
 */
import { progressWords as words } from '../../i18n/ocr.ts';

export interface ProgressOptions {
  total: number;
  /** What is counted, e.g. "หน้า" */
  unit: string;
  write?: (text: string) => void;
  isTerminal?: boolean;
  now?: () => number;
  /** Milliseconds between plain lines when not on a terminal */
  logEvery?: number;
}

/** "3 นาที 20 วินาที", "45 วินาที": time left as staff read it. */
export function formatTimeLeft(seconds: number): string {
  const rounded = Math.max(1, Math.round(seconds));
  if (rounded < 60) return words.seconds(rounded);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  if (hours > 0) return `${words.hours(hours)} ${words.minutes(minutes)}`;
  return rounded % 60 ? `${words.minutes(minutes)} ${words.seconds(rounded % 60)}` : words.minutes(minutes);
}

/** The line for `done` of `total` after `elapsedMs`: the estimate is the average so far times what is left. */
export function progressLine(done: number, total: number, elapsedMs: number, unit: string, width = 24): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const left = done > 0 && done < total ? ` · ${words.left(formatTimeLeft(((elapsedMs / done) * (total - done)) / 1000))}` : '';
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${unit}${left}`;
}

export function startProgress({
  total,
  unit,
  write = (text) => process.stderr.write(text),
  isTerminal = Boolean(process.stderr.isTTY),
  now = () => performance.now(),
  logEvery = 5000,
}: ProgressOptions) {
  const started = now();
  let done = 0;
  let lastLog = started;
  const draw = () => {
    const line = progressLine(done, total, now() - started, unit);
    if (isTerminal) write(`\r\x1b[2K${line}`);
    else if (done === total || now() - lastLog >= logEvery) {
      write(`${line}\n`);
      lastLog = now();
    }
  };
  if (isTerminal && total > 0) draw();
  return {
    tick(count = 1) {
      done = Math.min(total, done + count);
      draw();
    },
    /** Ends the bar's line so what is printed next starts on its own */
    finish() {
      if (isTerminal && total > 0) write('\n');
    },
  };
}
