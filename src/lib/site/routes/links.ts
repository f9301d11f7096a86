/** A link a page lists: where it goes and what it says. */
export interface Link {
  href: string;
  title: string;
}
