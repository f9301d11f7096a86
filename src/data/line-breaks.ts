import { derivedFrom } from './content-model.ts';
import { wordsKeptTogether } from '../i18n/thai-words.ts';
import { addressPartLabels } from '../i18n/labels.ts';
import type { ContentModel } from '../lib/content/model.ts';

/** Words no line breaks inside: the common compounds, and the agency's own names from site.yaml. */
export function keptWordsOf(model: ContentModel): readonly string[] {
  return derivedFrom(model, 'kept-words', () => {
    const { site } = model;
    const { subdistrict, district, province } = site.address;
    // Not ตำบล+name: in the agency's name (องค์การบริหารส่วนตำบลตะโก) it would pull ตำบล away from the organisation's kind.
    const names = [
      site.name.th,
      site.shortName,
      subdistrict,
      district,
      province,
      district && `${addressPartLabels.district}${district}`,
      province && `${addressPartLabels.province}${province}`,
    ];
    // Names longer than a phone's line (the agency's full name) are left out by thaiLineParts itself.
    const given = names.filter((name): name is string => Boolean(name && name.trim()));
    return [...new Set([...given, ...wordsKeptTogether])];
  });
}
