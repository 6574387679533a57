/**
 * Social cards (`src/lib/cards/`, `src/data/card-routes.ts`).
 *
 * `astro dev` gets the card routes, drawn on request. `astro build` lists every card in one bundle
 * route, as soon as Astro lists the routes' paths, and this integration hands them to a drawing
 * process (`draw-process.ts`) that runs at a lower priority from the start of the build (it
 * guesses the cards from the content files while Astro bundles) until the pages are done. After the
 * build it waits for that process, copies the cards from the cache into the site, deletes the
 * bundle and the cards no build uses any more, and says how many were drawn and how many came
 * from the cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CardSpec } from '../lib/cards/card.ts';
import type { DrawReply, DrawRequest } from '../lib/cards/draw-process.ts';
import { cachedCard, pruneCards, type CardEntry } from '../lib/cards/render.ts';
import { cardSettings, type CardSettings } from '../lib/cards/settings.ts';
import { contentDir } from '../build/site-env.ts';

const BUNDLE = '_cards';
const HOOK = Symbol.for('frontier-brief:cards');
const route = (file: string) => new URL(`../routes/${file}`, import.meta.url);
const DRAW_PROCESS = fileURLToPath(new URL('../lib/cards/draw-process.ts', import.meta.url));
/** Niceness over the build's own: drawing cards gives way to rendering pages. */
const DRAWING_NICENESS = 15;

/** The drawing process, and its one reply. */
function startDrawing(settings: CardSettings): { child: ChildProcess; done: Promise<{ drawn: number; cached: number }> } {
  const env = { ...process.env, FB_CARD_SETTINGS: JSON.stringify(settings), FB_CARD_CONTENT: contentDir() };
  const stdio: ['ignore', 'inherit', 'inherit', 'ipc'] = ['ignore', 'inherit', 'inherit', 'ipc'];
  // `nice` runs it at a lower priority, its threads included; Windows has no `nice`.
  const child =
    process.platform === 'win32'
      ? spawn(process.execPath, [DRAW_PROCESS], { env, stdio })
      : spawn('nice', ['-n', String(DRAWING_NICENESS), process.execPath, DRAW_PROCESS], { env, stdio });
  const done = new Promise<{ drawn: number; cached: number }>((resolve, reject) => {
    child.once('message', (reply: DrawReply) => ('error' in reply ? reject(new Error(`social cards: ${reply.error}`)) : resolve(reply)));
    child.once('error', (error) => reject(new Error(`social cards: the drawing process did not start (${error.message})`)));
    child.once('exit', (code, signal) => reject(new Error(`social cards: the drawing process stopped (${signal ?? `exit code ${code}`}) before the cards were drawn`)));
  });
  // Awaited after the pages; a failure before then must not count as unhandled.
  done.catch(() => {});
  return { child, done };
}

export default function cardsIntegration(): AstroIntegration {
  let settings: CardSettings;
  let drawing: ReturnType<typeof startDrawing> | undefined;
  /** Whether the bundle route handed the process its list (it normally does, before any page). */
  let listed = false;
  const send = (message: DrawRequest) => drawing!.child.send(message);
  return {
    name: 'frontier-brief:cards',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
        settings = cardSettings(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
        updateConfig({ vite: { define: { __CARDS__: JSON.stringify(settings) } } });
        if (command === 'build') {
          (globalThis as Record<symbol, unknown>)[HOOK] = (entries: CardEntry[]) => {
            drawing ??= startDrawing(settings);
            send({ specs: entries.map((e) => e.spec) });
            listed = true;
          };
          injectRoute({ pattern: `/${BUNDLE}/[bundle].json`, entrypoint: route('cards-bundle.ts'), prerender: true });
          return;
        }
        injectRoute({ pattern: '/[lang]/articles/[slug]/og.png', entrypoint: route('og.png.ts'), prerender: true });
        injectRoute({ pattern: '/[lang]/og.png', entrypoint: route('site-og.png.ts'), prerender: true });
      },
      // Before Astro bundles the site: the drawing process makes a start on the cards it can guess.
      'astro:build:start': () => {
        drawing ??= startDrawing(settings);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundle = path.join(out, BUNDLE);
        const entries = JSON.parse(await readFile(path.join(bundle, 'all.json'), 'utf8')) as CardEntry[];
        await rm(bundle, { recursive: true });
        // The bundle's list is the one written; the process has it already unless the hook above
        // was not reached.
        drawing ??= startDrawing(settings);
        if (!listed) send({ specs: entries.map((e) => e.spec) });
        send({ finish: true });
        const { drawn, cached } = await drawing.done.finally(() => drawing!.child.kill());
        await Promise.all(
          entries.map(async ({ path: to, spec }) => {
            await mkdir(path.dirname(path.join(out, to)), { recursive: true });
            await copyFile(cachedCard(settings, spec), path.join(out, to));
          }),
        );
        const pruned = await pruneCards(settings, entries.map((entry): CardSpec => entry.spec));
        logger.info(`social cards: ${drawn} drawn, ${cached} from the cache${pruned ? `; ${pruned} no longer used, removed from it` : ''}`);
      },
    },
  };
}
