import type { Site } from '../schemas/site.ts';

/** The office address as Thai post writes it: ตำบล… อำเภอ… จังหวัด… and the postcode, leaving out parts not given. */
export function formatThaiAddress(address: Site['address']): string {
  return [address.line, `ตำบล${address.subdistrict}`, `อำเภอ${address.district}`, `จังหวัด${address.province}`, address.postcode].filter(Boolean).join(' ');
}
