/**
 * The site's words and pairs of neighbouring words, counted for spelling suggestions (spelling.ts): Intl.Segmenter's
 * Thai words of the title and the first `vocabularyCharacters` of each page, in lower case; a word must hold a letter.
 * Segmenting is a fifth of the index's work at ten thousand pages, so the build counts on a thread of its own
 * (vocabulary-worker.ts) while the main thread tokenizes; the counts, and so the file, are the same either way.
 */
import { Worker } from 'node:worker_threads';
import { formatVocabulary } from './spelling.ts';

/** Characters of a page's text read for the vocabulary: its common words are in its first pages, and segmenting all would cost the build. */
export const vocabularyCharacters = 3000;

export class Vocabulary {
  readonly counts = new Map<string, number>();
  private readonly segmenter = new Intl.Segmenter('th', { granularity: 'word' });

  add(text: string): void {
    let previous: { word: string; end: number } | undefined;
    for (const { segment, index, isWordLike } of this.segmenter.segment(text)) {
      const word = segment.toLowerCase();
      if (!isWordLike || !/\p{L}/u.test(word) || word.length > 40) {
        previous = undefined;
        continue;
      }
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
      // Words written together (no space) are also one entry: "ของขวัญ" is segmented ของ|ขวัญ, and slips are typed in the whole.
      if (previous && previous.end === index) {
        const pair = previous.word + word;
        this.counts.set(pair, (this.counts.get(pair) ?? 0) + 1);
      }
      previous = { word, end: index + segment.length };
    }
  }

  /** The vocabulary file's text (before packing). */
  text(): string {
    return formatVocabulary(this.counts);
  }
}

/** Counts texts, in any order, and gives the vocabulary file's text once all are in. */
export interface VocabularyCounter {
  add(text: string): void;
  text(): Promise<string>;
}

export function inThreadVocabulary(): VocabularyCounter {
  const vocabulary = new Vocabulary();
  return { add: (text) => vocabulary.add(text), text: async () => vocabulary.text() };
}

/** Characters sent to the thread at once: fewer, larger messages. */
const batchCharacters = 64 * 1024;

/** Counts on a worker thread; the thread does not keep the process alive, and ends once it has given the text. */
export function vocabularyInWorker(): VocabularyCounter {
  const worker = new Worker(new URL('./vocabulary-worker.ts', import.meta.url));
  worker.unref();
  let batch: string[] = [];
  let batched = 0;
  const send = () => {
    if (batch.length > 0) worker.postMessage({ texts: batch });
    batch = [];
    batched = 0;
  };
  let result: Promise<string> | undefined;
  return {
    add(text) {
      if (result) throw new Error('the vocabulary is already written');
      batch.push(text);
      batched += text.length;
      if (batched >= batchCharacters) send();
    },
    text() {
      result ??= new Promise<string>((resolve, reject) => {
        send();
        worker.once('message', (text: string) => resolve(text));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the vocabulary thread ended (exit code ${code}) without a result`)));
        worker.postMessage({ done: true });
      }).finally(() => void worker.terminate());
      return result;
    },
  };
}
