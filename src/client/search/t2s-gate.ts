/**
 * Whether a query has a character that t2s.ts would make simplified: only then does the search
 * load its table (20 KB). A list of those characters, a bit each (3.5 KB; 1.7 KB gzipped).
 */
import { BITS, BITS_FROM, BITS_TO, OTHERS } from './t2s-chars.ts';

let bits: string | undefined;

export function hasTraditional(text: string): boolean {
  bits ??= atob(BITS);
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp >= BITS_FROM && cp <= BITS_TO) {
      if ((bits.charCodeAt((cp - BITS_FROM) >> 3) >> ((cp - BITS_FROM) & 7)) & 1) return true;
    } else if (cp > 0x2e7f && OTHERS.includes(char)) return true;
  }
  return false;
}
