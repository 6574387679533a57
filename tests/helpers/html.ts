/** Reads a built page as a DOM (linkedom), for assertions on what a reader or crawler gets. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

export function pageFile(dist: string, urlPath: string): string {
  return path.join(dist, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
}

export function pageExists(dist: string, urlPath: string): boolean {
  return existsSync(pageFile(dist, urlPath));
}

export function loadPage(dist: string, urlPath: string): Document {
  return parseHTML(readFileSync(pageFile(dist, urlPath), 'utf8')).document as unknown as Document;
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function jsonLd(doc: Document): Record<string, unknown>[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

/** The comparison table as rows of cell texts, header row first. */
export function tableRows(doc: Document): string[][] {
  return [...doc.querySelectorAll('[data-comparison] tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => text(cell)),
  );
}
