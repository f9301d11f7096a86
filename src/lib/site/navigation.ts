import type { PlainUIKey } from '../../i18n/ui.ts';
import { urls } from './urls.ts';

export interface NavItem {
  label: PlainUIKey;
  href: string;
}

export interface Crumb {
  label: string;
  href?: string;
}

/** Sections, not entries: the header stays the same size however many documents there are. */
export const mainNavigation: NavItem[] = [
  { label: 'nav.home', href: urls.home() },
  { label: 'nav.about', href: urls.about() },
  { label: 'nav.documents', href: urls.documents() },
  { label: 'nav.procurement', href: urls.procurement() },
  { label: 'nav.oit', href: urls.oit() },
  { label: 'nav.ita', href: urls.ita() },
  { label: 'nav.measures', href: urls.measures() },
  { label: 'nav.declarations', href: urls.declarations() },
  { label: 'nav.news', href: urls.news() },
  { label: 'nav.qa', href: urls.qa() },
  { label: 'nav.contact', href: urls.contact() },
  { label: 'nav.complaints', href: urls.complaints() },
];

/** The sections of a site: procurement only where the agency keeps its procurement as data. */
export function navigationOf(hasProcurement: boolean): NavItem[] {
  return hasProcurement ? mainNavigation : mainNavigation.filter((item) => item.href !== urls.procurement());
}

/** Links the OIT criteria expect on every page. */
export const footerLinks: NavItem[] = [
  { label: 'nav.contact', href: urls.contact() },
  { label: 'nav.complaints', href: urls.complaints() },
  { label: 'nav.privacy', href: urls.page('privacy-policy') },
  { label: 'nav.websitePolicy', href: urls.page('website-policy') },
  { label: 'nav.oit', href: urls.oit() },
  { label: 'nav.sitemap', href: urls.sitemap() },
];

/** A section link is current on its own pages and below it; home only on home. */
export function isCurrentSection(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href);
}
