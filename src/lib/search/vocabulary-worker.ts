/** Counts the texts vocabulary.ts sends (see vocabularyInWorker) and answers the vocabulary file's text when told it has all. */
import { parentPort } from 'node:worker_threads';
import { Vocabulary } from './vocabulary.ts';

const vocabulary = new Vocabulary();
parentPort!.on('message', (message: { texts?: string[]; done?: boolean }) => {
  for (const text of message.texts ?? []) vocabulary.add(text);
  if (message.done) parentPort!.postMessage(vocabulary.text());
});
