import { describe, it, expect } from 'vitest';
import { formatCoordinates, formatThaiAddress, openStreetMapLink } from '../../src/lib/site/agency-address.ts';
import { catalogueForYear } from '../../src/lib/content/catalogue-for-year.ts';
import { imageMediaType, siteImagesOf } from '../../src/lib/attachments/published-attachments.ts';
import { isSamePage, pageKey } from '../../src/lib/oit/channels.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { makeSite } from '../helpers/site-profile.ts';

describe('formatThaiAddress', () => {
  it('writes ตำบล อำเภอ จังหวัด and leaves out parts that are not given', () => {
    expect(formatThaiAddress({ subdistrict: 'ตะโก', district: 'ห้วยแถลง', province: 'นครราชสีมา' })).toBe('ตำบลตะโก อำเภอห้วยแถลง จังหวัดนครราชสีมา');
    expect(formatThaiAddress({ line: 'หมู่ที่ 1', subdistrict: 'ตะโก', district: 'ห้วยแถลง', province: 'นครราชสีมา', postcode: '30240' })).toBe(
      'หมู่ที่ 1 ตำบลตะโก อำเภอห้วยแถลง จังหวัดนครราชสีมา 30240',
    );
  });
});

describe('catalogueForYear', () => {
  const catalogues = [2566, 2567].map((year) => ({ data: { year } })) as never[];
  it('finds the year, and nothing for a year without a catalogue', () => {
    expect(catalogueForYear(catalogues, 2567)).toEqual({ year: 2567 });
    expect(catalogueForYear(catalogues, 2599)).toBeUndefined();
    expect(catalogueForYear(catalogues, undefined)).toBeUndefined();
  });
});

describe('the office on a map', () => {
  it('links to the position on OpenStreetMap (a link, nothing loaded) and writes the coordinates as people copy them', () => {
    expect(openStreetMapLink(15.8012, 102.0345)).toBe('https://www.openstreetmap.org/?mlat=15.8012&mlon=102.0345#map=17/15.8012/102.0345');
    expect(openStreetMapLink(15.80123456, -2)).toBe('https://www.openstreetmap.org/?mlat=15.801235&mlon=-2#map=17/15.801235/-2');
    expect(formatCoordinates(15.8012, 102.0345)).toBe('15.8012, 102.0345');
  });
});

describe('pictures named in site.yaml', () => {
  it('are served once each under /files/, and never from outside content/', () => {
    const site = makeSite({
      logo: { image: 'images/seal.png', alt: 'ตรา' },
      orgChart: './images/org-chart.png',
      map: { image: 'images/map.png' },
      executives: [
        { position: 'นายก', photo: 'images/seal.png', phones: [] },
        { position: 'รองนายก', photo: '../secret.png', phones: [] },
      ],
    });
    expect(siteImagesOf(site, 'content').map((image) => [image.contentPath, image.projectPath, image.url])).toEqual([
      ['images/seal.png', 'content/images/seal.png', '/files/images/seal.png'],
      ['images/org-chart.png', 'content/images/org-chart.png', '/files/images/org-chart.png'],
      ['images/map.png', 'content/images/map.png', '/files/images/map.png'],
    ]);
    expect(imageMediaType('images/Seal.PNG')).toBe('image/png');
    expect(imageMediaType('images/seal.jpg')).toBe('image/jpeg');
    expect(imageMediaType('images/seal.svg')).toBeUndefined();
  });

  it('the seal is optional and needs its alt text when given', () => {
    const base = {
      name: { th: 'อบต.ทดสอบ' },
      shortName: 'อบต.ทดสอบ',
      kind: 'อบต.',
      siteUrl: 'https://www.thotsop.go.th',
      address: { subdistrict: 'ก', district: 'ข', province: 'ค' },
    };
    expect(siteSchema.safeParse(base).success).toBe(true);
    expect(siteSchema.safeParse({ ...base, logo: { image: 'images/seal.png', alt: 'ตรา อบต.ทดสอบ' } }).success).toBe(true);
    expect(siteSchema.safeParse({ ...base, logo: { image: 'images/seal.png' } }).success).toBe(false);
  });
});

describe('the same web page', () => {
  it('ignores scheme, host case, default port, query, fragment and trailing slashes, but not the host or the path', () => {
    const general = 'https://www.tako.go.th/complaints/';
    const same = [
      'http://WWW.TAKO.GO.TH/complaints',
      'https://www.tako.go.th:443/complaints?x=1#y',
      'https://www.tako.go.th/complaints//',
      'https://tako.go.th/complaints/',
      'https://www.tako.go.th//complaints/index.php',
      'https://www.tako.go.th/complaints/Index.HTML?topic=corruption',
      'https://www.tako.go.th/a/../complaints/',
    ];
    for (const address of same) expect(isSamePage(general, address), address).toBe(true);
    const other = [
      'https://forms.tako.go.th/complaints/',
      'https://www.tako.go.th/Complaints/',
      'https://www.tako.go.th/complaints/corruption',
      'https://www.tako.go.th:8443/complaints/',
      'https://www.tako.go.th/complaints/index2.php',
    ];
    for (const address of other) expect(isSamePage(general, address), address).toBe(false);
    // A Thai path written with escapes of either case, or as letters, is one page.
    expect(
      isSamePage('https://www.tako.go.th/ร้องเรียน/', 'https://www.tako.go.th/%e0%b8%a3%e0%b9%89%e0%b8%ad%e0%b8%87%e0%b9%80%e0%b8%a3%e0%b8%b5%e0%b8%a2%e0%b8%99'),
    ).toBe(true);
    expect(pageKey('mailto:a@tako.go.th')).toBeUndefined();
    expect(pageKey('not a url')).toBeUndefined();
  });
});
