import type { ContentModel, Entry } from '../content/model.ts';
import type { DocumentData } from '../../schemas/document.ts';
import { documentTypeLabel } from '../../i18n/labels.ts';
import { citedMeasureLinks } from './measures.ts';
import type { Link } from './links.ts';

export interface DocumentPageRoute {
  typeLabel: string;
  measures: Link[];
}

/** `/documents/<id>/`: the type's Thai name and the measures the document reports on. */
export function documentPageRoute(model: ContentModel, entry: Entry<DocumentData>): DocumentPageRoute {
  return { typeLabel: documentTypeLabel(model.documentTypes, entry.data.type), measures: citedMeasureLinks(model, entry.data.measures) };
}
