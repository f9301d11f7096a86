import path from 'node:path';
import { markdownCollections, yamlCollections, singletonFiles } from '../../schemas/collections.ts';
import type { RawContent } from './read-content.ts';
import { inPageOrder, type ContentModel, type Entry } from './model.ts';
import { hasErrors, maskedProblem, type ContentProblem } from './problem.ts';
import { knownSitePaths } from './site-paths.ts';
import { asTyped, createRuleContext, values } from './rules/context.ts';
import { checkDuplicateIds, checkReservedAddresses } from './rules/identity.ts';
import { checkDocumentTypes } from './rules/vocabulary.ts';
import { checkSiteProfile } from './rules/site.ts';
import { checkCatalogues } from './rules/catalogues.ts';
import { referenceCheckers } from './rules/references.ts';
import { checkDeclarations, checkDocuments, checkNews } from './rules/documents.ts';
import { checkScores } from './rules/scores.ts';
import { validateProcurementReports } from './rules/procurement.ts';
import { runGuards, type AllowedFinding } from './rules/guards.ts';
import { checkProcurementMonths, type CheckedProcurementMonths } from './procurement-months.ts';

export type { AllowedFinding };

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed) */
  model: ContentModel | undefined;
  problems: ContentProblem[];
  allowed: AllowedFinding[];
}

/**
 * Validates every entry and the rules between entries; reports every problem, not just the first. Each collection's rules live in
 * their own module under `rules/`, sharing one context (the content read and the problem list); adding a collection means adding one.
 */
export function validateContent(raw: RawContent, { procurementMonths }: { procurementMonths?: CheckedProcurementMonths } = {}): ValidationResult {
  // The month files are checked on their own (by the caller, on another thread, or here); every rule below sees the rest.
  const months = procurementMonths ?? checkProcurementMonths(raw);
  const context = createRuleContext({ ...raw, yaml: { ...raw.yaml, procurement: [] } });
  const { parseEntry, parseAll, problems } = context;
  problems.push(...months.problems);

  const siteRaw = raw.singletons.site;
  const site = siteRaw ? parseEntry(siteRaw, singletonFiles.site.schema) : undefined;
  const typesRaw = raw.singletons.documentTypes;
  const typesFile = typesRaw ? parseEntry(typesRaw, singletonFiles.documentTypes.schema) : undefined;
  const catalogues = parseAll(raw.yaml.oit, yamlCollections.oit.schema);
  const scores = parseAll(raw.yaml.scores, yamlCollections.scores.schema);
  const documents = parseAll(raw.markdown.documents, markdownCollections.documents.schema);
  const measures = parseAll(raw.markdown.measures, markdownCollections.measures.schema);
  const declarations = parseAll(raw.markdown.declarations, markdownCollections.declarations.schema);
  const news = parseAll(raw.markdown.news, markdownCollections.news.schema);
  const qa = parseAll(raw.markdown.qa, markdownCollections.qa.schema);
  const pages = parseAll(raw.markdown.pages, markdownCollections.pages.schema);
  const procurementReports = parseAll(raw.markdown.procurementReports, markdownCollections.procurementReports.schema);

  checkDuplicateIds(context);
  const typeIds = checkDocumentTypes(context, typesRaw, typesFile);
  checkSiteProfile(context, siteRaw, site);
  const catalogueByYear = checkCatalogues(context, catalogues, typeIds);
  const references = referenceCheckers(context);
  checkDocuments(context, documents, { typeIds, catalogues, references });
  checkDeclarations(declarations, references);
  checkNews(news, references);
  validateProcurementReports(procurementReports, { report: context.report });
  checkReservedAddresses(context);
  checkScores(context, scores, catalogueByYear);

  // One model, used both to know which pages links may point to and, when nothing is wrong, as the result.
  const byYear = <T extends { year: number }>(entries: Entry<T>[]) => entries.sort((a, b) => a.data.year - b.data.year);
  const model: ContentModel | undefined =
    site && typesFile
      ? {
          site: site.data,
          documentTypes: typesFile.data.types,
          catalogues: byYear(values(catalogues)),
          scores: byYear(values(scores)),
          documents: values(documents),
          measures: values(measures),
          declarations: values(declarations),
          news: values(news),
          qa: values(qa),
          pages: values(pages),
          procurement: { months: months.months, reports: values(procurementReports) },
        }
      : undefined;

  // A document's attachment with a Thai or unsafe name gets a suggested name from its type and date, not "file.pdf".
  const namingHints = new Map<string, string>();
  for (const [rawEntry, document] of documents) {
    for (const attachment of document.data.attachments) {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rawEntry.file), attachment.file));
      const when = document.data.published ? asTyped(rawEntry, 'published', document.data.published) : String(document.data.fiscalYear);
      namingHints.set(resolved, `${document.data.type}-${when}`);
    }
  }

  const allowed = runGuards(context.raw, problems, {
    namingHints,
    allowlist: raw.singletons.privacyAllowlist ? parseEntry(raw.singletons.privacyAllowlist, singletonFiles.privacyAllowlist.schema)?.data : undefined,
    maxAttachmentMb: site?.data.publishing.maxAttachmentMb ?? 20,
    knownPaths: model ? knownSitePaths(model) : undefined,
  });

  return { model: hasErrors(problems) || !model ? undefined : inPageOrder(model), problems: sortProblems(problems), allowed: [...allowed, ...months.allowed] };
}

/** In file and line order; every problem leaves here, so each is masked here, once (maskedProblem). */
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)).map(maskedProblem);
}
