/**
 * Draws social cards (`card.ts`) with Takumi, a Rust renderer that runs on Node's thread pool, in
 * Noto Sans SC from npm (`@fontsource/noto-sans-sc`): its Chinese and Latin subsets, each loaded
 * only when a card uses one of its characters. Nothing comes from the network or the system.
 *
 * Each PNG is cached on disk under a key of what the card shows plus the renderer, the font
 * package and the card layout (`CardSettings.version`), so a rebuild draws only new or changed
 * cards. At most `limit` cards draw at once: one by default (`astro dev`); a build's drawing
 * process (`draw-process.ts`) draws as many as there are cores.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Renderer } from '@takumi-rs/core';
import type { CardSpec } from './card.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardNode, TITLE_LINE_HEIGHT, TITLE_SIZES, TITLE_WIDTH, titleBox, titleNode } from './layout.ts';
import { coverage } from './glyphs.ts';
import type { CardSettings } from './settings.ts';

const WEIGHTS = [400, 700] as const;

/** Every character a card draws. */
function cardText(spec: CardSpec): string {
  const chart = spec.chart ? [spec.chart.label, ...spec.chart.bars.flatMap((b) => [b.name, b.figure])] : [];
  return [spec.site, spec.title, spec.date ?? '', spec.note ?? '', '#', ...spec.tags, ...chart].join('');
}

/** The cache key: what the card shows (its alt text is not drawn), and what draws it. */
export function cardKey(settings: CardSettings, spec: CardSpec): string {
  const { alt: _alt, ...shown } = spec;
  return createHash('sha256').update(JSON.stringify([settings.version, shown])).digest('hex').slice(0, 32);
}

/** A card's file in the cache. */
export const cachedCard = (settings: CardSettings, spec: CardSpec) => path.join(settings.cacheDir, `${cardKey(settings, spec)}.png`);

/**
 * Removes from the cache every card not among `keep` (a build's cards), so the cache holds one
 * build's worth however often titles and layouts change. Returns how many went.
 */
export async function pruneCards(settings: CardSettings, keep: CardSpec[]): Promise<number> {
  const kept = new Set(keep.map((spec) => `${cardKey(settings, spec)}.png`));
  const files = await readdir(settings.cacheDir).catch(() => [] as string[]);
  const stale = files.filter((f) => f.endsWith('.png') && !kept.has(f));
  await Promise.all(stale.map((f) => rm(path.join(settings.cacheDir, f), { force: true })));
  return stale.length;
}

/** A card to write: where in the built site, and what it shows. */
export interface CardEntry {
  path: string;
  spec: CardSpec;
}

export class CardRenderer {
  readonly settings: CardSettings;
  /** Cards drawn at once, at most. */
  limit = 1;
  readonly stats = { drawn: 0, cached: 0 };
  #renderer = new Renderer();
  #fonts = new Map<string, Promise<unknown>>();
  #pngs = new Map<string, Promise<string>>();
  #queue: (() => void)[] = [];
  #running = 0;

  constructor(settings: CardSettings) {
    this.settings = settings;
  }

  /** The renderer, with the subsets that cover `text` loaded (each once). */
  async #rendererFor(text: string): Promise<Renderer> {
    const { subsets, byCodePoint } = coverage(this.settings.fontDir);
    const needed = [...new Set([...text].map((c) => byCodePoint[c.codePointAt(0)!]!).filter((n) => n > 0))].map((n) => subsets[n - 1]!);
    await Promise.all(
      needed.flatMap((subset) =>
        WEIGHTS.map((weight) => {
          const key = `${subset.stem}-${weight}`;
          let done = this.#fonts.get(key);
          if (!done) {
            const file = path.join(this.settings.fontDir, 'files', `noto-sans-sc-${subset.stem}-${weight}-normal.woff2`);
            done = readFile(file).then((data) => this.#renderer.registerFont({ name: 'Noto Sans SC', data, weight, unicodeRange: subset.ranges }));
            this.#fonts.set(key, done);
          }
          return done;
        }),
      ),
    );
    return this.#renderer;
  }

  /**
   * The largest title size at which the whole title fits its box (never clipped), with the
   * height the title takes at it and the box's. A title too long even for the smallest size ends
   * in an ellipsis at its last line (`titleNode`).
   */
  async fitTitle(spec: CardSpec): Promise<{ size: number; height: number; box: number }> {
    const size = await this.#titleSize(spec);
    const r = await this.#rendererFor(cardText(spec));
    const { height } = await r.measure(titleNode(spec, size), { width: TITLE_WIDTH });
    return { size, height, box: titleBox(spec).height };
  }

  /**
   * Measuring is most of the cost of a card after drawing it, so the search starts from a guess:
   * the size at which the title's characters (a Chinese one 1 em wide, others about half) fill
   * the box's lines. It then steps to the largest size that fits, usually one or two measures.
   */
  async #titleSize(spec: CardSpec): Promise<number> {
    const r = await this.#rendererFor(cardText(spec));
    const box = titleBox(spec).height;
    const fits = async (i: number) => (await r.measure(titleNode(spec, TITLE_SIZES[i]!, false), { width: TITLE_WIDTH })).height <= box;
    const ems = [...spec.title].reduce((n, c) => n + (/[\p{Script=Han}\u3000-\u30ff\uff00-\uffef]/u.test(c) ? 1 : 0.55), 0);
    const guessed = TITLE_SIZES.findIndex((size) => Math.ceil((ems * size) / TITLE_WIDTH) * size * TITLE_LINE_HEIGHT <= box);
    let i = guessed < 0 ? TITLE_SIZES.length - 1 : guessed;
    if (await fits(i)) {
      while (i > 0 && (await fits(i - 1))) i--;
    } else {
      while (i < TITLE_SIZES.length - 1 && !(await fits(++i)));
    }
    return TITLE_SIZES[i]!;
  }

  async #node(spec: CardSpec) {
    return cardNode(spec, await this.#titleSize(spec));
  }

  /** The card as an SVG document of glyph outlines, for checking what it draws. */
  async svg(spec: CardSpec): Promise<string> {
    return this.#renderer.renderSvg(await this.#node(spec), { width: CARD_WIDTH, height: CARD_HEIGHT });
  }

  key(spec: CardSpec): string {
    return cardKey(this.settings, spec);
  }

  /** The card in the cache, drawn first unless it is there already; its cache file. */
  cached(spec: CardSpec): Promise<string> {
    const key = this.key(spec);
    let file = this.#pngs.get(key);
    if (!file) {
      file = new Promise<string>((resolve, reject) => {
        this.#queue.push(() =>
          this.#drawIfMissing(spec)
            .then(resolve, reject)
            .finally(() => {
              this.#running--;
              this.#next();
            }),
        );
      });
      // Started early and awaited later: a failure before then must not count as unhandled.
      file.catch(() => {});
      this.#pngs.set(key, file);
      this.#next();
    }
    return file;
  }

  /** Lets more cards draw at once, from now on. */
  raiseLimit(limit: number): void {
    this.limit = Math.max(this.limit, limit);
    this.#next();
  }

  #next(): void {
    while (this.#running < this.limit && this.#queue.length) {
      this.#running++;
      this.#queue.shift()!();
    }
  }

  async #drawIfMissing(spec: CardSpec): Promise<string> {
    const file = cachedCard(this.settings, spec);
    if (await access(file).then(() => true, () => false)) {
      this.stats.cached++;
      return file;
    }
    const png = await this.#renderer.render(await this.#node(spec), { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' });
    this.stats.drawn++;
    await mkdir(this.settings.cacheDir, { recursive: true });
    // Written aside and renamed, so a build stopped mid-write leaves no half card in the cache.
    const part = `${file}.${process.pid}.part`;
    await writeFile(part, png);
    await rename(part, file);
    return file;
  }

  /** The card's PNG. */
  async png(spec: CardSpec): Promise<Buffer> {
    return readFile(await this.cached(spec));
  }
}
