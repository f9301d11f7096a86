import { describe, it, expect } from 'vitest';
import { caseRedirects, comparablePath, forwardingTarget, oitPaths } from '../../src/lib/addresses/case-forwarding.ts';
import { entryFolders, folderFiscalYear, missingPrefixes, folderPagesOf } from '../../src/lib/addresses/folder-pages.ts';

const known = new Set(['/oit/', '/oit/2567/', '/oit/2567/o10/', '/oit/2567/o1/', '/documents/']);

describe('forwardingTarget: the 404 page sends a wrong-cased address it knows to the one canonical page', () => {
  it('forwards the code as the manual writes it, with or without the final slash, keeping query and fragment', () => {
    expect(forwardingTarget({ pathname: '/oit/2567/O10/' }, known)).toBe('/oit/2567/o10/');
    expect(forwardingTarget({ pathname: '/oit/2567/O10' }, known)).toBe('/oit/2567/o10/');
    expect(forwardingTarget({ pathname: '/OIT/2567/O1/', search: '?a=1', hash: '#x' }, known)).toBe('/oit/2567/o1/?a=1#x');
    expect(forwardingTarget({ pathname: '/Documents/' }, known)).toBe('/documents/');
  });

  it('never forwards the canonical address itself (no loop), nor an address it does not know', () => {
    expect(forwardingTarget({ pathname: '/oit/2567/o10/' }, known)).toBeUndefined();
    expect(forwardingTarget({ pathname: '/oit/2567/O99/' }, known)).toBeUndefined();
    expect(forwardingTarget({ pathname: '/oit/2567/O10/extra/' }, known)).toBeUndefined();
    // An "O" that is a zero, or a Thai look-alike, is another address.
    expect(forwardingTarget({ pathname: '/oit/2567/010/' }, known)).toBeUndefined();
  });

  it('compares percent-encoded and malformed addresses without throwing', () => {
    expect(comparablePath('/%4Fit/2567/%4F10')).toBe('/oit/2567/o10/');
    expect(comparablePath('/oit/%E0%A4')).toBe('/oit/%e0%a4/');
    expect(comparablePath('/oit/2567/itas.CSV')).toBe('/oit/2567/itas.csv');
  });
});

describe('caseRedirects: the _redirects file for hosts that read one', () => {
  const pages = ['/', '/oit/', '/oit/2567/', '/oit/2567/o10/', '/oit/2567/o1/', '/documents/2567/plan/'];
  it('redirects each OIT item code in upper case, with and without the final slash, to its page (301)', () => {
    expect(caseRedirects(pages).trim().split('\n')).toEqual([
      '/oit/2567/O10/ /oit/2567/o10/ 301',
      '/oit/2567/O10 /oit/2567/o10/ 301',
      '/oit/2567/O1/ /oit/2567/o1/ 301',
      '/oit/2567/O1 /oit/2567/o1/ 301',
    ]);
  });
  it('names only OIT pages, and writes nothing when there are none', () => {
    expect(oitPaths(pages)).toEqual(['/oit/', '/oit/2567/', '/oit/2567/o10/', '/oit/2567/o1/']);
    expect(caseRedirects(['/', '/documents/'])).toBe('');
  });
});

describe('folder pages: every prefix of a shown address is a page', () => {
  it('finds the first-level folders of entry ids, in numeric order', () => {
    expect(entryFolders(['2567/plan', '2566/a', '2567/b', 'loose', '2568/x/y'])).toEqual(['2566', '2567', '2568']);
  });
  it('reads a BE fiscal-year folder as its year, and nothing else', () => {
    expect(folderFiscalYear('2567')).toBe(2567);
    expect(folderFiscalYear('2024')).toBeUndefined();
    expect(folderFiscalYear('plans')).toBeUndefined();
  });
  it('lists the prefixes of page paths that are not pages', () => {
    expect(missingPrefixes(['/', '/documents/', '/documents/2567/plan/', '/documents/type/x/', '/oit/2567/o1/', '/oit/2567/', '/oit/'])).toEqual([
      '/documents/2567/',
      '/documents/type/',
    ]);
  });
});

describe('folderPagesOf', () => {
  it('gives each first-level folder of a collection a page, with the fiscal year only when the list has that year', () => {
    const entries = [
      { id: '2567/plan', data: { fiscalYear: 2567 } },
      { id: '2567/report', data: { fiscalYear: 2567 } },
      // A folder named as a year whose entries say another year: the list has no section for 2566.
      { id: '2566/late', data: { fiscalYear: 2567 } },
      { id: 'policies/gift', data: { fiscalYear: 2567 } },
      { id: 'loose', data: { fiscalYear: 2567 } },
    ];
    expect(folderPagesOf(entries)).toEqual([
      { folder: '2566', year: undefined },
      { folder: '2567', year: 2567 },
      { folder: 'policies', year: undefined },
    ]);
  });
});
