/**
 * Which characters the social card's font (Noto Sans SC from `@fontsource/noto-sans-sc`) can draw,
 * read from the package's `unicode.json`: the renderer loads a subset when a card uses one of its
 * characters, and a check refuses text the font cannot draw at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems.ts';
import type { Story } from '../story.ts';
import type { CardSpec } from './card.ts';

/** A font subset: its file stem and the code points it covers (its `unicode-range`). */
export interface Subset {
  stem: string;
  ranges: [number, number][];
}

/** The font's subsets, and for each code point the number of the subset that covers it, plus one. */
interface Coverage {
  subsets: Subset[];
  byCodePoint: Uint8Array;
}

function parseRanges(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

const coverageByDir = new Map<string, Coverage>();
export function coverage(fontDir: string): Coverage {
  let found = coverageByDir.get(fontDir);
  if (!found) {
    const ranges = JSON.parse(readFileSync(path.join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const subsets = Object.entries(ranges).map(([name, css]) => ({ stem: name.replace(/[[\]]/g, ''), ranges: parseRanges(css) }));
    // A lookup a code point, filled once: scanning every subset's ranges for every character of
    // 2,000 cards took seconds of a build.
    const byCodePoint = new Uint8Array(0x110000);
    subsets.forEach((subset, i) => {
      for (const [from, to] of subset.ranges) for (let cp = from; cp <= to; cp++) byCodePoint[cp] ||= i + 1;
    });
    coverageByDir.set(fontDir, (found = { subsets, byCodePoint }));
  }
  return found;
}

/**
 * Characters of `text` that no subset of the card font covers: they would be drawn as empty boxes.
 * White space and format characters are drawn as nothing anyway.
 */
export function missingGlyphs(text: string, fontDir: string): string[] {
  const { byCodePoint } = coverage(fontDir);
  const missing = new Set<string>();
  for (const char of text) {
    if (byCodePoint[char.codePointAt(0)!] === 0 && !/[\s\p{Cf}]/u.test(char)) missing.add(char);
  }
  return [...missing];
}

/**
 * A problem for each field of a story's card that holds characters the card's font cannot draw,
 * so a card never shows an empty box in their place.
 */
export function glyphProblems(story: Story, spec: CardSpec, fontDir: string): Problem[] {
  const expected = 'only characters the social card font has (Noto Sans SC: Chinese, Latin, common symbols)';
  const fields: [string, string[]][] = [
    ['title', [spec.title]],
    ['tags', spec.tags],
    ['comparison', [spec.chart?.label ?? '', ...(spec.chart?.bars.map((b) => b.name) ?? [])]],
  ];
  return fields.flatMap(([field, texts]) => {
    const missing = missingGlyphs(texts.join(''), fontDir);
    return missing.length ? [{ file: story.translations[spec.lang]!.file, field, value: missing.join(' '), expected }] : [];
  });
}
