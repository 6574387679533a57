/**
 * Social cards (`src/lib/cards/`): hands the renderer its settings (font, cache, version) and,
 * after a build, says how many cards were drawn and how many came from the cache.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cardSettings, cardStats } from '../lib/cards/settings.ts';

export default function cardsIntegration(): AstroIntegration {
  return {
    name: 'frontier-brief:cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const settings = cardSettings(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
        updateConfig({ vite: { define: { __CARDS__: JSON.stringify(settings) } } });
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`social cards: ${cardStats.drawn} drawn, ${cardStats.cached} from the cache`);
      },
    },
  };
}
