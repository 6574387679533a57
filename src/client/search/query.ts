/**
 * Query clean-up before Pagefind sees it. Chinese has no spaces, and Pagefind segments the index
 * and the query with different segmenters, so a query that runs words together with punctuation
 * or mixes scripts ("GPT-5.4幻觉") is split where a reader would pause: at punctuation and between
 * Han characters and Latin letters.
 */
import { joint } from '../../lib/cjk-spacing.ts';

export function normalizeQuery(raw: string): string {
  const spaced = raw
    .normalize('NFKC')
    // Chinese and Western punctuation (but not the dot and hyphen inside "GPT-5.4") become spaces.
    .replace(/[\s，。、；：！？“”‘’「」『』（）《》【】,;:!?"'()<>[\]{}|/\\]+/gu, ' ');
  let out = '';
  for (const char of spaced) out += joint(out, char) + char;
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A result's address with the query's words as typed beside Pagefind's own highlight terms.
 * Pagefind drops the hyphen of a word ("open-weight" becomes "openweight"), which the story's
 * text keeps, so its terms alone would mark nothing there.
 */
export function withTypedWords(url: string, query: string, param: string): string {
  const address = new URL(url, 'https://result.invalid');
  const present = new Set(address.searchParams.getAll(param).map((term) => term.toLowerCase()));
  for (const word of normalizeQuery(query).split(' ')) {
    if (word && !present.has(word.toLowerCase())) {
      address.searchParams.append(param, word);
      present.add(word.toLowerCase());
    }
  }
  return `${address.pathname}${address.search}${address.hash}`;
}
