/**
 * Social cards in a real build: one for every published story in each of its languages and one
 * for the site in each language, and a rebuild draws only the cards whose content changed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIST, buildSite, copyFixture, removeDir } from '../helpers/build.ts';

const articles = (dist: string, lang: string) => readdirSync(path.join(dist, lang, 'articles'));

describe('social cards', () => {
  it('exist for every published story in each of its languages, differ between languages, and stay under 100 KB', () => {
    const cards = ['zh', 'en'].flatMap((lang) => articles(FIXTURE_DIST, lang).map((slug) => `${lang}/articles/${slug}/og.png`));
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const card of [...cards, 'zh/og.png', 'en/og.png']) {
      const png = readFileSync(path.join(FIXTURE_DIST, card));
      expect(png.subarray(1, 4).toString(), card).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], card).toEqual([1200, 630]);
      expect(png.length, card).toBeLessThanOrEqual(100_000);
    }
    const both = (p: string) => readFileSync(path.join(FIXTURE_DIST, p));
    expect(both('zh/articles/bilingual-story/og.png').equals(both('en/articles/bilingual-story/og.png'))).toBe(false);
    expect(both('zh/og.png').equals(both('en/og.png'))).toBe(false);
  });
});

describe('a rebuild', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await copyFixture('cards');
  }, 10_000);
  afterAll(() => removeDir(dir));

  it('draws only the card whose story changed, and takes the rest from the cache', async () => {
    const content = path.join(dir, 'content');
    const dist = path.join(dir, 'dist');
    const first = await buildSite(content, dist);
    expect(first.code, first.output).toBe(0);
    const total = Number(/social cards: (\d+) drawn, 0 from the cache/.exec(first.output)?.[1]);
    // Every card drawn is one the site uses: the head start guessed from the content files
    // (src/lib/cards/early-specs.ts) drew nothing the build then did not ask for.
    const written = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('og.png'));
    expect(total).toBe(written.length);
    expect(total).toBeGreaterThanOrEqual(6);
    const before = readFileSync(path.join(dist, 'zh/articles/zh-only-story/og.png'));

    const file = path.join(content, 'articles/zh-only-story/zh.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 改过标题的中文文章'));
    const second = await buildSite(content, dist);
    expect(second.code, second.output).toBe(0);
    // The old card's place in the cache goes to the new one.
    expect(second.output).toContain(`social cards: 1 drawn, ${total - 1} from the cache; 1 no longer used, removed from it`);
    expect(readFileSync(path.join(dist, 'zh/articles/zh-only-story/og.png')).equals(before)).toBe(false);
  }, 240_000);
});
