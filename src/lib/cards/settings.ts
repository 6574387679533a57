/**
 * What the card renderer needs from the project: where the font and the cache are, and the
 * version that keys the cache. Worked out where the build's configuration runs
 * (`src/integrations/cards.ts`), which hands it to Astro's bundle as `__CARDS__`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface CardSettings {
  /** The folder of `@fontsource/noto-sans-sc`. */
  fontDir: string;
  /** Where drawn cards are kept between builds. */
  cacheDir: string;
  /** The renderer's and the font's package versions and a hash of the card code: a new one draws every card anew. */
  version: string;
}

const packageVersion = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;

/** The card font's package folder in a project. */
export const cardFontDir = (root: string) => path.join(root, 'node_modules/@fontsource/noto-sans-sc');

export function cardSettings(root: string, cacheDir: string): CardSettings {
  const modules = path.join(root, 'node_modules');
  const fontDir = cardFontDir(root);
  const layout = createHash('sha256');
  for (const file of ['layout.ts', 'render.ts']) layout.update(readFileSync(path.join(root, 'src/lib/cards', file)));
  return {
    fontDir,
    cacheDir: path.join(cacheDir, 'og-cards'),
    version: `takumi@${packageVersion(path.join(modules, '@takumi-rs/core'))} noto-sans-sc@${packageVersion(fontDir)} layout@${layout.digest('hex').slice(0, 12)}`,
  };
}
