/** For an item that is not ok, what staff do next: the exact `npm run new` command or the site.yaml field to fill. */
import type { DocumentType } from '../../schemas/document-types.ts';
import { evidenceName, type ItemAssessment } from './status.ts';
import type { Evidence } from './evidence.ts';
import { contactPartLabels, fixWords, type Bilingual } from '../../i18n/oit.ts';
import type { ContactPart } from './channels.ts';

export interface GapFix extends Bilingual {
  /** The command to run, when a new entry closes the gap */
  command?: string;
  /** The site.yaml field to fill, when the profile closes it */
  siteField?: string;
}

/** Site-profile types and the field that supplies each. */
const siteFieldOfType: Record<string, string> = {
  'org-structure': 'units',
  executives: 'executives',
  'duties-and-powers': 'dutiesAndPowers',
  contact: 'phones',
  'social-network': 'social',
  'corruption-complaint-channel': 'complaints.corruptionFormUrl',
};
const checkFields: Record<string, string> = {
  'executive-name': 'executives[].name',
  'executive-position': 'executives[].position',
  'executive-photo': 'executives[].photo',
  'executive-contact': 'executives[].phones',
  'online-corruption-channel': 'complaints.corruptionFormUrl',
  'has-address': 'address',
  'has-phone': 'phones',
  'has-email': 'email',
  'has-map': 'map',
};

/** The field that says when an entry went online, by where the evidence comes from. */
const postingField: Partial<Record<Evidence['source'], string>> = {
  documents: 'posted',
  measures: 'rounds[].date',
  declarations: 'date',
  news: 'date',
  qa: 'answered',
};

/** The checks of the office's contact parts (O5), which get one fix naming each part in Thai. */
const contactPartOfCheck: Partial<Record<string, ContactPart>> = { 'has-address': 'address', 'has-phone': 'phone', 'has-email': 'email', 'has-map': 'map' };

const site = (field: string): GapFix => ({ ...fixWords.siteField(field), siteField: field });

/** The command that writes a skeleton of the item's first type. */
function newEntry(type: DocumentType | undefined, typeId: string): { command: string; kind: string } {
  switch (type?.source) {
    case 'measures':
      return { command: 'npm run new -- measure', kind: fixWords.entryKinds.measure };
    case 'declarations':
      return { command: 'npm run new -- declaration', kind: fixWords.entryKinds.declaration };
    case 'news':
      return { command: 'npm run new -- news', kind: fixWords.entryKinds.news };
    case 'qa':
      return { command: 'npm run new -- qa', kind: fixWords.entryKinds.qa };
    default:
      return { command: `npm run new -- document ${typeId}`, kind: fixWords.entryKinds.document };
  }
}

export function fixFor(assessment: ItemAssessment, documentTypes: readonly DocumentType[], contentDir: string): GapFix | undefined {
  if (assessment.status === 'ok') return undefined;
  const typeId = assessment.item.documentTypes[0] ?? '';
  const type = documentTypes.find((candidate) => candidate.id === typeId);
  const entry = newEntry(type, typeId);
  // A check that knows better than "fill in the field" (the field is filled, but with the wrong thing) says so itself.
  const told = assessment.missingCriteria.find((criterion) => criterion.fix !== undefined);
  if (told?.fix && told.check) return { ...told.fix, siteField: checkFields[told.check] };
  const failedChecks = assessment.missingCriteria.map((criterion) => criterion.check).filter((check) => check !== undefined);
  const contactParts = failedChecks.flatMap((check) => (contactPartOfCheck[check] ? [contactPartOfCheck[check]] : []));
  if (contactParts.length > 0 && contactParts.length === failedChecks.length) {
    return { ...fixWords.addContactParts(contactParts), siteField: contactParts.map((part) => contactPartLabels[part].field).join(', ') };
  }
  const fields = [...new Set(failedChecks.flatMap((check) => (checkFields[check] ? [checkFields[check]] : [])))];
  if (fields.length > 0) return site(fields.join(', '));
  // A part of an item asking for several things: add that part's type, not the item's first.
  const missingPart = assessment.missingCriteria.find((criterion) => criterion.type !== undefined && criterion.check === undefined);
  if (missingPart?.type) {
    const partType = documentTypes.find((candidate) => candidate.id === missingPart.type);
    if (partType?.source === 'site' && siteFieldOfType[missingPart.type]) return site(siteFieldOfType[missingPart.type]!);
    const part = newEntry(partType, missingPart.type);
    return { ...fixWords.newEntry(part.command, part.kind), command: part.command };
  }
  const postedLater = assessment.item.period === 'monthly' ? undefined : assessment.answersLater[0];
  if (postedLater?.postedOn) {
    return fixWords.postedLater({
      named: { name: evidenceName(postedLater), postedOn: postedLater.postedOn },
      file: postedLater.file,
      field: postingField[postedLater.source] ?? 'posted',
    });
  }
  if (assessment.missingMonths.length > 0) return { ...fixWords.newMonthly(entry.command, assessment.missingMonths), command: entry.command };
  if (assessment.missingElements.length > 0) return { ...fixWords.addElements(assessment.missingElements, entry.command), command: entry.command };
  if (failedChecks.includes('covers-first-half')) return fixWords.statePeriod();
  if (failedChecks.includes('dated-in-year')) return fixWords.addDate();
  if (type?.source === 'site' && siteFieldOfType[typeId]) return site(siteFieldOfType[typeId]);
  if (typeId === 'privacy-policy') return fixWords.privacyPage(`${contentDir}/pages/privacy-policy.md`);
  return { ...fixWords.newEntry(entry.command, entry.kind), command: entry.command };
}
