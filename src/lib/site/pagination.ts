/** Items per list page: small enough for a phone on a slow network. */
export const pageSize = 20;

export interface Paged<T> {
  /** 1-based */
  number: number;
  items: T[];
  totalPages: number;
}

/** Splits a list into pages; an empty list still has one (empty) page so the list URL exists. */
export function paginate<T>(items: readonly T[], size = pageSize): Paged<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: totalPages }, (_, index) => ({
    number: index + 1,
    items: items.slice(index * size, (index + 1) * size),
    totalPages,
  }));
}

/** URL of page n of a list whose first page is `base` (ending in /): base, base2/, base3/ … */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}${number}/`;
}

export interface PageLinks {
  previous?: string;
  next?: string;
  pages: { number: number; href: string; current: boolean }[];
}

/** Links for one page; shows at most a window of page numbers so the block stays small with thousands of pages. */
export function pageLinks(base: string, current: number, totalPages: number, window = 2): PageLinks {
  const numbers = new Set<number>([1, totalPages]);
  for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= totalPages) numbers.add(n);
  return {
    previous: current > 1 ? pageUrl(base, current - 1) : undefined,
    next: current < totalPages ? pageUrl(base, current + 1) : undefined,
    pages: [...numbers].sort((a, b) => a - b).map((number) => ({ number, href: pageUrl(base, number), current: number === current })),
  };
}
