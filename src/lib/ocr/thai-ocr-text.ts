/** Tesseract's Thai output in the spelling the rest of Prongsai uses, before anything reads it. */
import { normalizeThaiText } from '../text/thai-text.ts';

const thaiLetters = /^[\u0E01-\u0E5B]+$/;
/** One space between two Thai characters. */
const thaiSpace = /(?<=[\u0E01-\u0E5B]) (?=[\u0E01-\u0E5B])/g;

/**
 * A line read as letters with spaces between: its Thai pieces are one or two characters long on average (a Thai model
 * that cut every syllable apart), where real Thai spaces separate phrases of many letters.
 */
function isSpacedOut(line: string): boolean {
  const pieces = line.split(' ').filter((piece) => thaiLetters.test(piece));
  if (pieces.length < 4) return false;
  return pieces.reduce((sum, piece) => sum + [...piece].length, 0) / pieces.length < 2.5;
}

/**
 * SARA AM from NIKHAHIT + SARA AA (the models write it so), no spaces inside Thai words (before a vowel sign or tone
 * mark, after a leading vowel, and every single space of a line read letter by letter), lines trimmed, runs of
 * spaces and of blank lines as one: the text search, the guard and a reader see.
 */
export function cleanOcrText(text: string): string {
  return normalizeThaiText(text)
    .split('\n')
    .map((line) => {
      const trimmed = line.trim().replace(/[ \t\u00A0]+/g, (gap) => (gap.length > 1 ? '  ' : ' '));
      const joined = isSpacedOut(trimmed) ? trimmed.replace(thaiSpace, '') : trimmed;
      return joined.replace(/ {2,}/g, ' ');
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
