import type { Site } from '../../src/schemas/site.ts';

/** A minimal valid agency profile for unit tests; override what the test is about. */
export function makeSite(overrides: Partial<Site> = {}): Site {
  return {
    name: { th: 'องค์การบริหารส่วนตำบลตะโก' },
    shortName: 'อบต.ตะโก',
    kind: 'อบต.',
    siteUrl: 'https://www.tako.go.th',
    address: { subdistrict: 'ตะโก', district: 'ห้วยแถลง', province: 'นครราชสีมา' },
    phones: [],
    social: [],
    executives: [],
    units: [],
    dutiesAndPowers: [],
    complaints: {},
    itaSurveys: {},
    publishing: { maxAttachmentMb: 20 },
    ...overrides,
  };
}
