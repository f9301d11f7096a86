/**
 * The site's words and pairs of neighbouring words, counted for spelling suggestions (spelling.ts): Intl.Segmenter's
 * Thai words of the title and the first `vocabularyCharacters` of each page, in lower case; a word must hold a letter.
 * Segmenting is the index's largest single cost, so a phrase (the text between two spaces) is segmented once and its
 * words counted by number each time it comes back, and the build counts on a thread of its own (vocabulary-worker.ts)
 * while the main thread tokenizes; the counts, and so the file, are the same either way.
 */
import { Worker } from 'node:worker_threads';
import { formatVocabulary } from './spelling.ts';
import { Uint32List } from './uint32-list.ts';

/** Characters of a page's text read for the vocabulary: its common words are in its first pages, and segmenting all would cost the build. */
export const vocabularyCharacters = 3000;

/** Distinct phrases (texts between spaces) remembered at most, and their longest: the rest are segmented every time (memory stays bounded). */
const rememberedPhrases = 200_000;
const rememberedLength = 100;

/** What the vocabulary lists: words written together up to `longestRun` words (2: a word and its pair), seen at least `minimumCount` times, the `limit` most frequent (spelling.ts's formatVocabulary) */
export interface VocabularyListing {
  longestRun?: number;
  minimumCount?: number;
  limit?: number;
}

export class Vocabulary {
  private readonly segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  /** Words and pairs by number, in the order first seen; their counts by the same number */
  private readonly words: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly wordCounts = new Uint32List(1024);
  /** Each remembered phrase's start in `phraseWords`, which holds its number of words, then their numbers */
  private readonly phraseStarts = new Map<string, number>();
  private readonly phraseWords = new Uint32List(1024);
  private readonly unremembered = new Uint32List(1024);
  private readonly phraseLimit: number;
  private readonly listed: VocabularyListing;

  constructor({ rememberedPhrases: phraseLimit = rememberedPhrases, ...listed }: { rememberedPhrases?: number } & VocabularyListing = {}) {
    this.phraseLimit = phraseLimit;
    this.listed = listed;
  }

  add(text: string): void {
    // No word runs across a space (a mark typed after one stays apart: tests/unit/vocabulary.test.ts); pages repeat their phrases.
    for (const phrase of text.split(' ')) {
      let start = this.phraseStarts.get(phrase);
      let list = this.phraseWords;
      if (start === undefined) {
        if (this.phraseStarts.size < this.phraseLimit && phrase.length <= rememberedLength) {
          // A copy (of every UTF-16 unit): a piece cut from the text would keep the whole text alive while the phrase is remembered.
          this.phraseStarts.set(Buffer.from(phrase, 'utf16le').toString('utf16le'), this.phraseWords.length);
        } else list = this.unremembered;
        start = list.length;
        this.segment(phrase, list);
      }
      const { values } = list;
      const counts = this.wordCounts.values;
      for (let at = start + 1, end = at + values[start]!; at < end; at += 1) counts[values[at]!]! += 1;
      this.unremembered.length = 0;
    }
  }

  /** The count of each word and pair of neighbouring words, in the order first seen */
  get counts(): Map<string, number> {
    return new Map(this.words.map((word, number) => [word, this.wordCounts.values[number]!]));
  }

  /** Appends the phrase's number of words and their numbers to `list`. */
  private segment(phrase: string, list: Uint32List): void {
    const countAt = list.length;
    list.push(0);
    const longestRun = this.listed.longestRun ?? 2;
    /** The words just before this one in the phrase, at most longestRun - 1 */
    const recent: string[] = [];
    for (const { segment, isWordLike } of this.segmenter.segment(phrase)) {
      const whole = segment.toLowerCase();
      if (!isWordLike || !/\p{L}/u.test(whole) || whole.length > 40) {
        recent.length = 0;
        continue;
      }
      // หจก.ทอง is one segment: a name's runs begin after its abbreviation too (ทองดีก่อสร้าง), as people type it.
      for (const word of longestRun > 2 ? whole.split(/(?<=\p{L}\.)(?=\p{L})/u) : [whole]) this.countRun(word, recent, longestRun, list);
    }
    list.values[countAt] = list.length - countAt - 1;
  }

  /** Appends the word's number, and those of the runs it ends (with the words just before it), to `list`. */
  private countRun(word: string, recent: string[], longestRun: number, list: Uint32List): void {
    list.push(this.numberOf(word));
    // Words written together (no space) are also one entry: "ของขวัญ" is segmented ของ|ขวัญ, and slips are typed in the whole.
    let run = word;
    for (let back = recent.length - 1; back >= 0; back -= 1) list.push(this.numberOf((run = recent[back]! + run)));
    recent.push(word);
    if (recent.length >= longestRun) recent.shift();
  }

  private numberOf(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.words.length;
      this.words.push(word);
      this.numbers.set(word, number);
      this.wordCounts.push(0);
    }
    return number;
  }

  /** The vocabulary file's text (before packing). */
  text(): string {
    const { minimumCount, limit } = this.listed;
    return formatVocabulary(this.counts, { ...(minimumCount === undefined ? {} : { minimumCount }), ...(limit === undefined ? {} : { limit }) });
  }
}

/** Counts texts, in any order, and gives the vocabulary file's text once all are in. */
export interface VocabularyCounter {
  add(text: string): void;
  text(): Promise<string>;
}

export function inThreadVocabulary(options: VocabularyListing = {}): VocabularyCounter {
  const vocabulary = new Vocabulary(options);
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
