/**
 * Sitemap entries, corrected for this site's URLs. The sitemap integration treats unprefixed
 * paths as the default language, but here every language has a prefix and `/` only chooses one:
 * `/` must not pose as the Chinese home page, and it is the x-default of both home pages.
 */
export interface SitemapLink {
  url: string;
  lang: string;
}

export interface SitemapEntry {
  url: string;
  links?: SitemapLink[];
}

export function fixSitemapEntry<T extends SitemapEntry>(item: T, languages: Record<string, string>): T {
  const root = new URL('/', item.url).href;
  if (item.url === root) {
    return {
      ...item,
      links: [
        ...Object.entries(languages).map(([prefix, lang]) => ({ url: new URL(`/${prefix}/`, root).href, lang })),
        { url: root, lang: 'x-default' },
      ],
    };
  }
  const links = item.links?.filter((link) => link.url !== root);
  if (!links) return item;
  const homes = Object.keys(languages).map((prefix) => new URL(`/${prefix}/`, root).href);
  return { ...item, links: homes.includes(item.url) ? [...links, { url: root, lang: 'x-default' }] : links };
}
