/**
 * Social cards (`src/lib/cards/`, `src/data/card-routes.ts`).
 *
 * `astro dev` gets the card routes, drawn on request. `astro build` lists every card in one bundle
 * route; this integration draws them (one at a time while Astro renders pages, then with every
 * core), writes them into the site from the cache and deletes the bundle, and says how many were
 * drawn and how many came from the cache.
 */
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CardRenderer, type CardEntry } from '../lib/cards/render.ts';
import { cardSettings } from '../lib/cards/settings.ts';

const BUNDLE = '_cards';
const HOOK = Symbol.for('frontier-brief:cards');
const route = (file: string) => new URL(`../routes/${file}`, import.meta.url);

export default function cardsIntegration(): AstroIntegration {
  let renderer: CardRenderer | undefined;
  return {
    name: 'frontier-brief:cards',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        const settings = cardSettings(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
        updateConfig({ vite: { define: { __CARDS__: JSON.stringify(settings) } } });
        if (command === 'build') {
          renderer = new CardRenderer(settings);
          const start = (entries: CardEntry[]) => entries.forEach((entry) => void renderer!.cached(entry.spec));
          (globalThis as Record<symbol, unknown>)[HOOK] = start;
          injectRoute({ pattern: `/${BUNDLE}/[bundle].json`, entrypoint: route('cards-bundle.ts'), prerender: true });
          return;
        }
        injectRoute({ pattern: '/[lang]/articles/[slug]/og.png', entrypoint: route('og.png.ts'), prerender: true });
        injectRoute({ pattern: '/[lang]/og.png', entrypoint: route('site-og.png.ts'), prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundle = path.join(out, BUNDLE);
        const entries = JSON.parse(await readFile(path.join(bundle, 'all.json'), 'utf8')) as CardEntry[];
        await rm(bundle, { recursive: true });
        // The pages are done: every core can draw.
        renderer!.raiseLimit(availableParallelism());
        await Promise.all(entries.map((entry) => renderer!.write(entry, out)));
        logger.info(`social cards: ${renderer!.stats.drawn} drawn, ${renderer!.stats.cached} from the cache`);
      },
    },
  };
}
