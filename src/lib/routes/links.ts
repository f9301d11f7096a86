/** A link a page lists: where it goes and what it says. */
export interface Link {
  href: string;
  title: string;
}

/** An OIT item of an ITA year, as other pages link to it. */
export interface ItemLink {
  year: number;
  code: string;
  title: string;
}
