/** What of a rendered page goes to Pagefind; used by the indexer's worker thread. */

/** An element marked as searchable content (not the attribute's name quoted in text). */
const ANY_BODY = /<[a-z][\w-]*\b[^>]*\sdata-pagefind-body[\s>=/]/i;
export const hasSearchableContent = (html: string): boolean => ANY_BODY.test(html);

const BODY = /<article\b[^>]*\sdata-pagefind-body[\s>=]/;
const PAGEFIND_DATA = /\sdata-pagefind-(?:body|filter|meta|default-meta|sort|weight|index-attrs)\b/;
/** Elements whose text may hold a literal "</article>" that does not end the article. */
const RAW_TEXT = ['script', 'style', 'template', 'textarea'];
const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * What Pagefind needs of a page: `<html lang>` and the one `<article data-pagefind-body>`, when
 * nothing outside that article carries Pagefind attributes (it indexes to the same bytes, from
 * half the HTML to encode and pipe); otherwise the whole page. Undefined for a page without
 * searchable content.
 */
export function searchablePart(html: string): string | undefined {
  if (!hasSearchableContent(html)) return undefined;
  const start = BODY.exec(html)?.index ?? -1;
  const end = html.indexOf('</article>', start) + '</article>'.length;
  const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const article = start >= 0 ? html.slice(start, end) : '';
  const nested = article.indexOf('<article', 1) >= 0;
  const cutInside = RAW_TEXT.some((tag) => count(article, `<${tag}`) !== count(article, `</${tag}>`));
  if (start < 0 || !lang || nested || cutInside || PAGEFIND_DATA.test(html.slice(0, start)) || PAGEFIND_DATA.test(html.slice(end))) return html;
  return `<!doctype html><html lang="${lang}"><body>${article}</body></html>`;
}
