/**
 * Draws social cards (`card.ts`) with Takumi, a Rust renderer that runs on Node's thread pool, in
 * Noto Sans SC from npm (`@fontsource/noto-sans-sc`): its Chinese and Latin subsets, each loaded
 * only when a card uses one of its characters. Nothing comes from the network or the system.
 *
 * Each PNG is cached on disk under a key of what the card shows plus the renderer, the font
 * package and the card layout (`__CARDS__.version`), so a rebuild draws only new or changed cards.
 * A build asks for every card up front (`prepareCards`), so they draw on the spare core while
 * Astro renders pages; each card's route then waits for its own.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Renderer } from '@takumi-rs/core';
import type { Lang } from '../../schemas/localized.ts';
import type { Problem } from '../problems.ts';
import type { Story } from '../stories.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardNode, TITLE_SIZES, TITLE_WIDTH, titleBox, titleNode, type CardSpec } from './card.ts';
import { cardStats, type CardSettings } from './settings.ts';

declare const __CARDS__: CardSettings;
const settings = __CARDS__;

/** The font's subsets: a file stem and the code points it covers (its `unicode-range`). */
interface Subset {
  stem: string;
  ranges: [number, number][];
}

const WEIGHTS = [400, 700] as const;

function parseRanges(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

let subsets: Subset[] | undefined;
function fontSubsets(): Subset[] {
  subsets ??= Object.entries(JSON.parse(readFileSync(path.join(settings.fontDir, 'unicode.json'), 'utf8')) as Record<string, string>).map(
    ([name, ranges]) => ({ stem: name.replace(/[[\]]/g, ''), ranges: parseRanges(ranges) }),
  );
  return subsets;
}

const covers = (subset: Subset, cp: number) => subset.ranges.some(([from, to]) => cp >= from && cp <= to);

/** Every character a card draws. */
function cardText(spec: CardSpec): string {
  return [spec.site, spec.title, spec.date ?? '', ...spec.tags, '#', spec.chart?.label ?? '', ...(spec.chart?.bars.flatMap((b) => [b.name, b.figure]) ?? [])].join('');
}

/**
 * Characters of `text` that no subset of the card font covers: they would be drawn as empty boxes.
 * White space and format characters are drawn as nothing anyway.
 */
export function missingGlyphs(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/[\s\p{Cf}]/u.test(char)) continue;
    if (!fontSubsets().some((s) => covers(s, char.codePointAt(0)!))) missing.add(char);
  }
  return [...missing];
}

let renderer: Renderer | undefined;
const loaded = new Map<string, Promise<unknown>>();

/** The renderer, with the subsets that cover `text` loaded (each once). */
async function rendererFor(text: string): Promise<Renderer> {
  renderer ??= new Renderer();
  const cps = new Set([...text].map((c) => c.codePointAt(0)!));
  const needed = fontSubsets().filter((s) => [...cps].some((cp) => covers(s, cp)));
  await Promise.all(
    needed.flatMap((subset) =>
      WEIGHTS.map((weight) => {
        const key = `${subset.stem}-${weight}`;
        let done = loaded.get(key);
        if (!done) {
          const file = path.join(settings.fontDir, 'files', `noto-sans-sc-${subset.stem}-${weight}-normal.woff2`);
          done = readFile(file).then((data) => renderer!.registerFont({ name: 'Noto Sans SC', data, weight, unicodeRange: subset.ranges }));
          loaded.set(key, done);
        }
        return done;
      }),
    ),
  );
  return renderer;
}

/**
 * The largest title size at which the whole title fits its box (never clipped), with the height
 * the title takes at it and the box's. A title too long even for the smallest size ends in an
 * ellipsis at its last line (`titleNode`).
 */
export async function fitTitle(spec: CardSpec): Promise<{ size: number; height: number; box: number }> {
  const r = await rendererFor(cardText(spec));
  const box = titleBox(spec).height;
  const height = async (size: number, clamp = false) => (await r.measure(titleNode(spec, size, clamp), { width: TITLE_WIDTH })).height;
  // Sizes run largest first and a smaller size never needs more room: find the first that fits.
  let [lo, hi] = [0, TITLE_SIZES.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((await height(TITLE_SIZES[mid]!)) <= box) hi = mid;
    else lo = mid + 1;
  }
  const size = TITLE_SIZES[lo]!;
  return { size, height: await height(size, true), box };
}

/** The card as Takumi's node tree, its title fitted. */
export async function fittedCard(spec: CardSpec) {
  const r = await rendererFor(cardText(spec));
  return { renderer: r, node: cardNode(spec, (await fitTitle(spec)).size) };
}

/** The card as an SVG document of glyph outlines, for checking what it draws. */
export async function cardSvg(spec: CardSpec): Promise<string> {
  const { renderer: r, node } = await fittedCard(spec);
  return r.renderSvg(node, { width: CARD_WIDTH, height: CARD_HEIGHT });
}

async function draw(spec: CardSpec): Promise<Buffer> {
  const { renderer: r, node } = await fittedCard(spec);
  return r.render(node, { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' });
}

/** The cache key: what the card shows, and what draws it. */
export function cardKey(spec: CardSpec): string {
  return createHash('sha256').update(JSON.stringify([settings.version, spec])).digest('hex').slice(0, 32);
}

async function cachedOrDrawn(spec: CardSpec): Promise<Buffer> {
  const file = path.join(settings.cacheDir, `${cardKey(spec)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) {
    cardStats.cached++;
    return cached;
  }
  const png = await draw(spec);
  cardStats.drawn++;
  await mkdir(settings.cacheDir, { recursive: true });
  // Written aside and renamed, so a build stopped mid-write leaves no half card in the cache.
  const part = `${file}.${process.pid}.part`;
  await writeFile(part, png);
  await rename(part, file);
  return png;
}

const cards = new Map<string, Promise<Buffer>>();
const queue: (() => void)[] = [];
let running = 0;
const LIMIT = Math.max(1, availableParallelism());

function next(): void {
  while (running < LIMIT && queue.length) {
    running++;
    queue.shift()!();
  }
}

/** A card's PNG: from the cache, or drawn (a few at a time, each once a build). */
export function cardPng(spec: CardSpec): Promise<Buffer> {
  const key = cardKey(spec);
  let png = cards.get(key);
  if (!png) {
    png = new Promise<Buffer>((resolve, reject) => {
      queue.push(() =>
        cachedOrDrawn(spec)
          .then(resolve, reject)
          .finally(() => {
            running--;
            next();
          }),
      );
    });
    // A card a route never asks for is still awaited by nobody; its failure must not go unhandled.
    png.catch(() => {});
    cards.set(key, png);
    next();
  }
  return png;
}

/** Starts every card of a build at once, so they draw while pages render. */
export function prepareCards(specs: CardSpec[]): void {
  for (const spec of specs) void cardPng(spec);
}

/**
 * A problem for each field of a story's card that holds characters the card's font cannot draw,
 * so a card never shows an empty box in their place.
 */
export function glyphProblems(story: Story, lang: Lang, spec: CardSpec): Problem[] {
  const translation = story.translations[lang]!;
  const expected = 'only characters the social card font has (Noto Sans SC: Chinese, Latin, common symbols)';
  const fields: [string, string[]][] = [
    ['title', [spec.title]],
    ['tags', spec.tags],
    ['comparison', [spec.chart?.label ?? '', ...(spec.chart?.bars.map((b) => b.name) ?? [])]],
  ];
  return fields.flatMap(([field, texts]) => {
    const missing = missingGlyphs(texts.join(''));
    return missing.length ? [{ file: translation.file, field, value: missing.join(' '), expected }] : [];
  });
}
