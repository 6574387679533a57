/** Results of both languages in one list (src/client/search/merge.ts). */
import { describe, expect, it } from 'vitest';
import { storyOf, takeNext, type Ranked } from '../../src/client/search/merge.ts';

/** `en:a:0.9` → the English version of story a, ranked 0.9 in its language; a date as a fourth part. */
const hit = (spec: string): Ranked & { id: string } => {
  const [lang, story, rank, date] = spec.split(':');
  return { id: `${lang}:${story}`, story: `/articles/${story}/`, rank: Number(rank), ...(date ? { date } : {}) };
};
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('takeNext', () => {
  it("puts a story's other version right after it, ahead of the other language's other stories", () => {
    const en = ['en:open:1', 'en:b:0.5'].map(hit);
    const zh = ['zh:x:1', 'zh:y:0.9', 'zh:z:0.8', 'zh:open:0.3'].map(hit);
    expect(ids(takeNext([en, zh], 10, false))).toEqual(['en:open', 'zh:open', 'zh:x', 'zh:y', 'zh:z', 'en:b']);
  });

  it("keeps the page language's order, whatever the other language thinks of its stories", () => {
    const en = ['en:a:1', 'en:b:0.2'].map(hit);
    const zh = ['zh:b:1', 'zh:c:0.4'].map(hit);
    // zh:b, the other index's best, waits for en:b; zh:c, found only in Chinese, comes by its rank.
    expect(ids(takeNext([en, zh], 10, false))).toEqual(['en:a', 'zh:c', 'en:b', 'zh:b']);
  });

  it('merges newest first by date, a tie going to the page language', () => {
    const zh = ['zh:a:1:2026-05-01', 'zh:b:1:2026-03-01'].map(hit);
    const en = ['en:c:1:2026-04-01', 'en:b:1:2026-03-01', 'en:d:1:2026-03-01'].map(hit);
    expect(ids(takeNext([zh, en], 10, true))).toEqual(['zh:a', 'en:c', 'zh:b', 'en:b', 'en:d']);
  });

  it("takes a page at a time, keeping a story's versions together past the end of a page", () => {
    const en = ['en:a:1', 'en:b:0.8', 'en:c:0.7'].map(hit);
    const zh = ['zh:b:1'].map(hit);
    expect(ids(takeNext([en, zh], 1, false))).toEqual(['en:a']);
    expect(ids(takeNext([en.slice(1), zh], 1, false))).toEqual(['en:b', 'zh:b']);
    expect(ids(takeNext([en, zh], 2, false))).toEqual(['en:a', 'en:b', 'zh:b']);
  });

  it("places a version by its own rank when the page's language has not found its story", () => {
    const zh = ['zh:b:0.9', 'zh:c:0.2'].map(hit);
    expect(ids(takeNext([['en:a:1'].map(hit), zh], 10, false))).toEqual(['en:a', 'zh:b', 'zh:c']);
    expect(ids(takeNext([[], zh], 10, false))).toEqual(['zh:b', 'zh:c']);
  });

  it("keeps each list's own order (Pagefind's, newest first when sorted by date)", () => {
    const zh = ['zh:a:0.3', 'zh:b:0.5', 'zh:c:0.1'].map(hit);
    expect(ids(takeNext([zh], 2, false))).toEqual(['zh:a', 'zh:b']);
  });
});

describe('storyOf', () => {
  it('is the address without its language, query or hash', () => {
    expect(storyOf('/zh/articles/open-weight/?highlight=x#faq')).toBe('/articles/open-weight/');
    expect(storyOf('/en/articles/open-weight/')).toBe('/articles/open-weight/');
  });
});
