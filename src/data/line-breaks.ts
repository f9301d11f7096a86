import { derivedFrom } from './content-model.ts';
import { wordsKeptTogether } from '../i18n/thai-words.ts';
import type { ContentModel } from '../lib/content/model.ts';

const longestKept = 22;

/** Words no line breaks inside: the common compounds, and the agency's own names from site.yaml. */
export function keptWordsOf(model: ContentModel): readonly string[] {
  return derivedFrom(model, 'kept-words', () => {
    const { site } = model;
    const { subdistrict, district, province } = site.address;
    const names = [site.name.th, site.shortName, subdistrict, district, province, subdistrict && `ตำบล${subdistrict}`, district && `อำเภอ${district}`, province && `จังหวัด${province}`];
    // A name longer than a phone's line at heading size would be wrapped as a block of its own; its parts are kept
    // instead (องค์การบริหารส่วนตำบล | ตะโก, from the common list).
    const usable = names.filter((name): name is string => Boolean(name && name.trim()) && [...name!].length <= longestKept);
    return [...new Set([...usable, ...wordsKeptTogether])];
  });
}
