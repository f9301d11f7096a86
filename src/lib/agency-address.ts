import type { Site } from '../schemas/site.ts';
import { addressPartLabels } from '../i18n/labels.ts';

/** The office address as Thai post writes it: ตำบล… อำเภอ… จังหวัด… and the postcode, leaving out parts not given. */
export function formatThaiAddress(address: Site['address']): string {
  return [address.line, `${addressPartLabels.subdistrict}${address.subdistrict}`, `${addressPartLabels.district}${address.district}`, `${addressPartLabels.province}${address.province}`, address.postcode].filter(Boolean).join(' ');
}
