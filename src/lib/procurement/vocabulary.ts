/**
 * The closed lists of procurement: methods (current law and legacy), categories, evidence kinds and e-GP contract
 * statuses, as stable ids. Thai names live in src/i18n/procurement.ts; the ids never change once content uses them.
 */

/** Methods under พ.ร.บ. การจัดซื้อจัดจ้างฯ 2560, then the legacy methods still found in older e-GP data. */
export const procurementMethods = [
  'e-bidding',
  'e-market',
  'selection',
  'specific',
  'price-inquiry',
  'price-agreement',
  'bidding',
  'international-bidding',
  'special',
  'e-auction',
] as const;
export type ProcurementMethod = (typeof procurementMethods)[number];

/** Methods of the current law (the rest are legacy, accepted for older years). */
export const currentMethods: readonly ProcurementMethod[] = ['e-bidding', 'e-market', 'selection', 'specific', 'price-inquiry'];

/** OCDS `tender.procurementMethod` of each method (reference §4: e-bidding, e-market, สอบราคา → open …). */
export const ocdsMethodOf: Record<ProcurementMethod, 'open' | 'selective' | 'limited' | 'direct'> = {
  'e-bidding': 'open',
  'e-market': 'open',
  selection: 'selective',
  specific: 'limited',
  'price-inquiry': 'open',
  'price-agreement': 'limited',
  bidding: 'open',
  'international-bidding': 'open',
  special: 'limited',
  'e-auction': 'open',
};

/** ซื้อ / จ้าง / จ้างก่อสร้าง, named as OCDS names them (mainProcurementCategory). */
export const procurementCategories = ['goods', 'services', 'works'] as const;
export type ProcurementCategory = (typeof procurementCategories)[number];

/** What the row's number and date are of: a contract, a purchase or hire order, or an agreement. */
export const evidenceKinds = ['contract', 'order', 'agreement'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Contract statuses as e-GP data names them. */
export const contractStatuses = ['signed', 'in-progress', 'delivered-on-time', 'delivered-late', 'delivered', 'ended', 'cancelled'] as const;
export type ContractStatus = (typeof contractStatuses)[number];

/** The day the Procurement Act B.E. 2560 took effect (CE): the methods of the 2535 regulation ended with it. */
export const procurementActInForce = '2017-08-23';
/**
 * Methods the Act abolished, each with the Act's method nearest to it: on a row dated after the Act, a warning (a
 * clerk copying last decade's form). สอบราคา and international bidding remain methods of the Act.
 */
export const abolishedMethods: Partial<Record<ProcurementMethod, ProcurementMethod>> = {
  'price-agreement': 'specific',
  bidding: 'e-bidding',
  special: 'selection',
  'e-auction': 'e-market',
};

/** The usual price range of a method, in satang: outside it is a warning naming the rule, not an error (the law has exceptions). */
export const methodRanges: Partial<Record<ProcurementMethod, { min?: number; max?: number; rule: 'specific-max' | 'e-bidding-min' }>> = {
  // มาตรา 56(2)(ข): เฉพาะเจาะจง for a budget of at most 500,000 บาท (the other grounds need a reason).
  specific: { max: 500_000_00, rule: 'specific-max' },
  // ประกาศเชิญชวนทั่วไปด้วย e-bidding: budgets above 500,000 บาท.
  'e-bidding': { min: 500_000_01, rule: 'e-bidding-min' },
};
