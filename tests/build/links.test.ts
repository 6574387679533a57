/** Every internal link and #fragment in the built sites leads somewhere. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST, SITE_DIST } from '../helpers/build.ts';
import { pageExists } from '../helpers/html.ts';

interface Page {
  url: string;
  ids: Set<string>;
  links: string[];
}

function readSite(dist: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const url = `/${file.replace(/index\.html$/, '')}`;
    const { document } = parseHTML(readFileSync(path.join(dist, file), 'utf8'));
    const ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
    const links = [...document.querySelectorAll('a[href], link[href]')]
      .filter((el) => el.getAttribute('rel') !== 'canonical' && el.getAttribute('rel') !== 'alternate')
      .map((el) => el.getAttribute('href')!);
    pages.set(url, { url, ids, links });
  }
  return pages;
}

describe.each([['site', SITE_DIST], ['fixture', FIXTURE_DIST]])('links, %s', (_name, dist) => {
  const pages = readSite(dist);
  it('resolve to a built file and an element', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const href of page.links) {
        const target = new URL(href, `http://site${page.url}`);
        if (target.host !== 'site') continue;
        const pathname = decodeURIComponent(target.pathname);
        if (!pageExists(dist, pathname)) {
          broken.push(`${page.url} → ${href}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && !pages.get(pathname)?.ids.has(fragment)) broken.push(`${page.url} → ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    expect([...pages.values()].reduce((n, p) => n + p.links.length, 0)).toBeGreaterThan(50);
  });
});
