/** Filtered document lists: a static page per fiscal year and per type, so filtering works without JavaScript. */
export const documentListUrls = {
  year: (fiscalYear: number) => `/documents/year/${fiscalYear}/`,
  type: (type: string) => `/documents/type/${type}/`,
} as const;
