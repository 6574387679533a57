/**
 * Query clean-up before Pagefind sees it. Chinese has no spaces, and Pagefind segments the index
 * and the query with different segmenters, so a query that runs words together with punctuation
 * or mixes scripts ("GPT-5.4幻觉") is split where a reader would pause: at punctuation and between
 * Han characters and Latin letters.
 */
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;

export function normalizeQuery(raw: string): string {
  const spaced = raw
    .normalize('NFKC')
    // Chinese and Western punctuation (but not the dot and hyphen inside "GPT-5.4") become spaces.
    .replace(/[\s，。、；：！？“”‘’「」『』（）《》【】,;:!?"'()<>[\]{}|/\\]+/gu, ' ');
  let out = '';
  for (const char of spaced) {
    const last = out.at(-1) ?? ' ';
    if ((HAN.test(char) && LATIN.test(last)) || (LATIN.test(char) && HAN.test(last))) out += ' ';
    out += char;
  }
  return out.replace(/\s+/g, ' ').trim();
}
