import type { Site } from '../../schemas/site.ts';
import { addressPartLabels } from '../../i18n/labels.ts';

/** The office address as Thai post writes it: ตำบล… อำเภอ… จังหวัด… and the postcode, leaving out parts not given. */
export function formatThaiAddress(address: Site['address']): string {
  return [
    address.line,
    `${addressPartLabels.subdistrict}${address.subdistrict}`,
    `${addressPartLabels.district}${address.district}`,
    `${addressPartLabels.province}${address.province}`,
    address.postcode,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A link that opens the office's position on OpenStreetMap: a link the reader follows, nothing the page loads. */
export function openStreetMapLink(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  const lon = longitude.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

/** Coordinates as people copy them into a map app: "15.8012, 102.0345". */
export function formatCoordinates(latitude: number, longitude: number): string {
  return `${latitude}, ${longitude}`;
}
