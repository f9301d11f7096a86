/** Thai text as typed, exported to PDF or extracted from it, in one spelling: what search and the guards compare. */

/**
 * Private-use code points that Thai fonts use for raised, lowered or shifted vowels and tone marks (the common
 * U+F700–U+F71A layout); PDF text layers made with such fonts give these instead of the Thai characters.
 */
const thaiPresentationForms: Record<string, string> = {
  '\uF700': '\u0E10',
  '\uF701': '\u0E34',
  '\uF702': '\u0E35',
  '\uF703': '\u0E36',
  '\uF704': '\u0E37',
  '\uF705': '\u0E48',
  '\uF706': '\u0E49',
  '\uF707': '\u0E4A',
  '\uF708': '\u0E4B',
  '\uF709': '\u0E4C',
  '\uF70A': '\u0E48',
  '\uF70B': '\u0E49',
  '\uF70C': '\u0E4A',
  '\uF70D': '\u0E4B',
  '\uF70E': '\u0E4C',
  '\uF70F': '\u0E0D',
  '\uF710': '\u0E31',
  '\uF711': '\u0E4D',
  '\uF712': '\u0E47',
  '\uF713': '\u0E48',
  '\uF714': '\u0E49',
  '\uF715': '\u0E4A',
  '\uF716': '\u0E4B',
  '\uF717': '\u0E4C',
  '\uF718': '\u0E38',
  '\uF719': '\u0E39',
  '\uF71A': '\u0E3A',
};

/**
 * The same Thai text typed, exported to PDF or extracted from PDF in different ways, in one spelling: font
 * presentation forms as Thai characters, no spaces where no word can break (before a vowel sign or tone mark, after a
 * leading vowel — PDF text layers put them there), a tone mark before the upper vowel it sits on (PDF text layers
 * again: ท่ี for ที่), SARA AM written as NIKHAHIT + SARA AA, doubled SARA E for SARA AE.
 */
export function normalizeThaiText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uF700-\uF71A]/g, (form) => thaiPresentationForms[form] ?? form)
    .replace(/[ \t\u00A0]+(?=[\u0E30-\u0E3A\u0E47-\u0E4E])/g, '')
    .replace(/([\u0E40-\u0E44])[ \t\u00A0]+(?=[\u0E01-\u0E2E])/g, '$1')
    .replace(/([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E37])/g, '$2$1')
    .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
    .replace(/\u0E40\u0E40/g, '\u0E41');
}
