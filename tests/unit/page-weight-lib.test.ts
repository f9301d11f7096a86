import { describe, it, expect } from 'vitest';
import { linkedAssets, importedModules, gzipSize } from '../../src/lib/site/page-weight.ts';

describe('linkedAssets', () => {
  it('finds stylesheets, external scripts and counts inline scripts, ignoring JSON data blocks', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=icon href=/f.svg><script type="module" src="/_astro/b.js"></script>
      <script>console.log(1)</script><script type="application/ld+json">{}</script>`;
    expect(linkedAssets(html)).toEqual({ stylesheets: ['/_astro/a.css'], scripts: ['/_astro/b.js'], inlineScripts: 1 });
  });

  it('finds nothing in a page without assets', () => {
    expect(linkedAssets('<p>สวัสดี</p>')).toEqual({ stylesheets: [], scripts: [], inlineScripts: 0 });
  });
});

describe('importedModules', () => {
  it('follows static and dynamic relative imports once each', () => {
    const js = 'import{a as b}from"./chunk.A1.js";import"./side.js";const m=import("./lazy.js");import x from "./chunk.A1.js";import "react";';
    expect(importedModules(js)).toEqual(['./chunk.A1.js', './side.js', './lazy.js']);
  });
});

describe('gzipSize', () => {
  it('is smaller than the text for repetitive Thai', () => {
    const text = 'จัดซื้อจัดจ้าง'.repeat(200);
    expect(gzipSize(text)).toBeLessThan(Buffer.byteLength(text) / 10);
  });
});
