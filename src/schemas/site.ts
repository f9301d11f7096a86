import { z } from 'zod';
import { text, url, slug, dateField } from './common.ts';

const localizedName = z.strictObject({
  /** Name in Thai, e.g. องค์การบริหารส่วนตำบลตะโก */
  th: text,
  /** Name in English (optional) */
  en: text.optional(),
});

const contactPoint = z.strictObject({
  /** Phone numbers as written, e.g. "044-000000" */
  phones: z.array(text).default([]),
  /** E-mail address */
  email: z.email().optional(),
});

/** The agency profile: `content/site.yaml`. */
export const siteSchema = z.strictObject({
  /** The agency's full name (O1/O5 evidence) */
  name: localizedName,
  /** Short name used in the header, e.g. อบต.ตะโก */
  shortName: text,
  /** The agency's seal or logo, shown in every page's header and used as the site icon (optional) */
  logo: z
    .strictObject({
      /** Image file relative to `content/`, e.g. images/seal.png (PNG, JPEG or WebP; square looks best) */
      image: text,
      /** What the image shows, read aloud to people who cannot see it, e.g. ตราองค์การบริหารส่วนตำบลตะโก */
      alt: text,
    })
    .optional(),
  /** Kind of agency */
  kind: z.enum(['อบต.', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'อบจ.', 'ส่วนราชการ', 'รัฐวิสาหกิจ', 'อื่น ๆ']),
  /** The public address of the site; used for canonical URLs and the ITAS sheet, e.g. https://www.tako.go.th */
  siteUrl: url,
  /** Postal address of the office */
  address: z.strictObject({
    /** House number, road, village (optional) */
    line: text.optional(),
    subdistrict: text,
    district: text,
    province: text,
    postcode: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
  }),
  ...contactPoint.shape,
  /** Office hours as a sentence, e.g. "จันทร์–ศุกร์ 08.30–16.30 น." */
  officeHours: text.optional(),
  /** Social channels (O9) */
  social: z
    .array(
      z.strictObject({
        /** Channel name, e.g. Facebook, LINE */
        name: text,
        url,
      }),
    )
    .default([]),
  /** Top executive and deputies (O2); give the position even where the name is not published */
  executives: z
    .array(
      z.strictObject({
        /** Full name; leave out if not published */
        name: text.optional(),
        /** Position, e.g. นายกองค์การบริหารส่วนตำบล */
        position: text,
        /** Photo file under `content/images/`, e.g. images/mayor.jpg */
        photo: text.optional(),
        ...contactPoint.shape,
      }),
    )
    .default([]),
  /** Organisation units (O1); `parent` names the unit's parent by its id */
  units: z
    .array(
      z.strictObject({
        /** Short id, e.g. `palad` */
        id: slug,
        /** Unit name, e.g. สำนักปลัด */
        name: text,
        /** Id of the parent unit, if any */
        parent: slug.optional(),
        /** What the unit does (optional) */
        duties: text.optional(),
      }),
    )
    .default([]),
  /** Where the office is (O5 asks for a map): coordinates, shown with a link to a map, and/or a map image; nothing is loaded from another site */
  map: z
    .strictObject({
      /** Latitude in degrees, e.g. 15.0123 */
      latitude: z.number().min(-90).max(90).optional(),
      /** Longitude in degrees, e.g. 102.6234 */
      longitude: z.number().min(-180).max(180).optional(),
      /** A map image relative to `content/`, e.g. images/map.png */
      image: text.optional(),
      /** Directions or landmarks, e.g. ตรงข้ามโรงเรียนบ้านตะโก */
      caption: text.optional(),
    })
    .refine((map) => (map.latitude !== undefined) === (map.longitude !== undefined), {
      path: ['longitude'],
      params: { problem: 'site.map-coordinates' },
      message: 'site.map-coordinates',
    })
    .refine((map) => map.latitude !== undefined || map.image !== undefined, { params: { problem: 'site.map-empty' }, message: 'site.map-empty' })
    .optional(),
  /** Organisation chart image (O1), relative to `content/` */
  orgChart: text.optional(),
  /** Duties and powers as set by law (O3), one item each */
  dutiesAndPowers: z
    .array(
      z.strictObject({
        /** The duty, as worded */
        text,
        /** The law that sets it, e.g. พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 67 */
        law: text.optional(),
      }),
    )
    .default([]),
  /** Channels for complaints (O28): corruption complaints are kept apart from general contact */
  complaints: z
    .strictObject({
      /** Online form for corruption and misconduct complaints */
      corruptionFormUrl: url.optional(),
      /** Hotline for corruption complaints */
      hotline: text.optional(),
      /** Postal address for complaints, if it differs from the office */
      address: text.optional(),
      /** E-mail for complaints */
      email: z.email().optional(),
      /** Channel for general complaints and suggestions */
      generalFormUrl: url.optional(),
    })
    .default({}),
  /** Publishing rules for this site */
  publishing: z
    .strictObject({
      /** Largest attachment accepted, in megabytes; bigger files are slow on phones and should be split or compressed */
      maxAttachmentMb: z.number().positive().default(20),
      /**
       * Whether the public OIT pages say which items have no evidence yet: each item's status, the summary count and
       * "ยังไม่มีหลักฐาน". Default false: every item is listed with its evidence, and an item without any shows a
       * neutral "ไม่มีรายการ"; staff see the gaps with `npm run check` whatever this says.
       */
      showOitGaps: z.boolean().optional(),
      /**
       * The day the agency started keeping this content in git (e.g. when it copied the template): a page's "last
       * updated" date may come from the agency's git commits from that day on, when the entry has no change notes or
       * `updated` date. Commits before it (the template's, an import) are never shown. Not set: no date from git.
       */
      historySince: dateField.optional(),
    })
    .default({ maxAttachmentMb: 20 }),
  /** Links to this year's ITA surveys, if the NACC gave them */
  itaSurveys: z
    .strictObject({
      /** Internal stakeholders' survey (IIT) */
      iit: url.optional(),
      /** External stakeholders' survey (EIT) */
      eit: url.optional(),
    })
    .default({}),
  /** Procurement publishing (optional) */
  procurement: z
    .strictObject({
      /**
       * OCDS prefix registered with the Open Contracting Partnership, e.g. `ocds-abc123` (`ocds-` and six letters or
       * digits): with it, /data/ publishes an OCDS 1.1 release package per fiscal year; without it, none
       */
      ocidPrefix: z
        .string()
        .regex(/^ocds-[a-z0-9]{6}$/)
        .optional(),
      /**
       * `true`: no page for any row (/procurement/<FY>/<month>/<row>/). A row page costs about as much build time as
       * a document page, so an agency with many thousand rows may leave them out. Without it, the rows of public
       * interest (any method but เฉพาะเจาะจง, or a budget above 500,000 บาท: rowHasPage) have a page, linked from their
       * month's form; search finds every row on its month's page either way
       */
      noRowPages: z.boolean().optional(),
    })
    .optional(),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
