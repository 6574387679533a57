/**
 * Terms for comparing stories by their words: Chinese as overlapping character pairs (no
 * dictionary needed, and "智能体" still matches "智能"), English as lowercased words without the
 * most common function words.
 */

const STOP = new Set(
  'a an and are as at be been but by can could do does for from had has have how if in into is it its may more most not of on or our so than that the their them then there these they this those to was were what when which while who will with would you'.split(' '),
);

/**
 * A term: an English word as a string, or Chinese characters as a number (one character's code,
 * or two codes packed as `first * 0x10000 + second`), which spares the build millions of small
 * strings.
 */
export type Term = string | number;

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * Term counts of a text. A hand-written scanner rather than regular expressions: it runs over
 * every story of every build, and this keeps related reading linear and fast at 10,000 stories.
 */
export function termCounts(text: string): Map<Term, number> {
  const counts = new Map<Term, number>();
  const add = (term: Term) => counts.set(term, (counts.get(term) ?? 0) + 1);
  const lower = text.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const code = lower.charCodeAt(i);
    if (isHan(code)) {
      const start = i;
      while (i < lower.length && isHan(lower.charCodeAt(i))) i++;
      if (i - start === 1) add(lower.charCodeAt(start));
      for (let j = start; j + 1 < i; j++) add(lower.charCodeAt(j) * 0x10000 + lower.charCodeAt(j + 1));
    } else if (isWordChar(code)) {
      const start = i;
      // Inner dots and hyphens stay inside a word: "gpt-5.4", "multi-agent".
      while (i < lower.length && (isWordChar(lower.charCodeAt(i)) || ((lower[i] === '-' || lower[i] === '.') && isWordChar(lower.charCodeAt(i + 1))))) i++;
      const word = lower.slice(start, i);
      if (word.length > 1 && !STOP.has(word)) add(word);
    } else {
      i++;
    }
  }
  return counts;
}
