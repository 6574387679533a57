/**
 * Draws a build's social cards into the cache, in a process of its own that the build starts at a
 * lower CPU priority (`nice`, see `src/integrations/cards.ts`): rendering pages is the build's
 * critical path, and the cards only have to be done by its end. The process draws as many cards at
 * once as there are cores, which the priority keeps from slowing the pages.
 *
 * It starts with the cards it can guess from the content folder (`FB_CARD_CONTENT`, see
 * `early-specs.ts`). Messages from the build (`src/integrations/cards.ts`): `{ specs }` to draw,
 * any number of times, then `{ finish: true }`; the reply, once those are drawn, is
 * `{ drawn, cached }` or `{ error }`.
 */
import os from 'node:os';
import type { CardSpec } from './card.ts';
import type { CardSettings } from './settings.ts';

export type DrawRequest = { specs: CardSpec[] } | { finish: true };
export type DrawReply = { drawn: number; cached: number } | { error: string };

const settings = JSON.parse(process.env.FB_CARD_SETTINGS!) as CardSettings;
const { CardRenderer } = await import('./render.ts');
const renderer = new CardRenderer(settings);
renderer.raiseLimit(Math.max(1, os.availableParallelism()));
const drawing: Promise<string>[] = [];
const reply = (message: DrawReply) => process.send!(message);
// A build that stops early (bad content) never asks for the result: stop with it.
process.on('disconnect', () => process.exit(0));

// A head start on the cards, from the content files, while Astro bundles (`early-specs.ts`). The
// same card asked for again later is the same drawing.
if (process.env.FB_CARD_CONTENT) {
  const { earlyCardSpecs } = await import('./early-specs.ts');
  for (const spec of await earlyCardSpecs(process.env.FB_CARD_CONTENT)) renderer.cached(spec).catch(() => {});
}

process.on('message', (message: DrawRequest) => {
  if ('specs' in message) {
    for (const spec of message.specs) drawing.push(renderer.cached(spec));
    return;
  }
  Promise.all(drawing).then(
    () => reply(renderer.stats),
    (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
  );
});
