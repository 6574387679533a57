/** Home pages list 20 stories a page, newest first, with links between pages. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir } from '../helpers/build.ts';
import { loadPage, pageExists, text } from '../helpers/html.ts';

let dir: string;
let dist: string;

beforeAll(async () => {
  dir = await copyFixture('pagination');
  dist = path.join(dir, 'dist');
  // 22 more stories, one a day in December 2025: with the fixture's three, 25 in all.
  for (let day = 1; day <= 22; day++) {
    const folder = path.join(dir, 'content/articles', `story-${day}`);
    await mkdir(folder, { recursive: true });
    const date = `2025-12-${String(day).padStart(2, '0')}`;
    await writeFile(path.join(folder, 'zh.mdx'), `---\ntitle: 第 ${day} 篇\nsummary: 摘要 ${day}\ndate: ${date}\ntags: [alpha]\n---\n\n正文。\n`);
    await writeFile(path.join(folder, 'en.mdx'), `---\ntitle: Story ${day}\nsummary: Summary ${day}\n---\n\nBody.\n`);
  }
  const { code, output } = await buildSite(path.join(dir, 'content'), dist);
  if (code !== 0) throw new Error(output);
});
afterAll(() => removeDir(dir));

describe('home pagination', () => {
  it('puts the newest 20 on the first page and the rest on the second, in both languages', () => {
    for (const lang of ['zh', 'en']) {
      const first = loadPage(dist, `/${lang}/`);
      expect(first.querySelectorAll('.story-list > li')).toHaveLength(20);
      expect(first.querySelector('a[rel=next]')?.getAttribute('href')).toBe(`/${lang}/2/`);
      const second = loadPage(dist, `/${lang}/2/`);
      const titles = [...second.querySelectorAll('.story-list h2')].map(text);
      expect(titles).toHaveLength(5);
      expect(second.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(`/${lang}/`);
      expect(pageExists(dist, `/${lang}/3/`)).toBe(false);
    }
    const newest = [...loadPage(dist, '/en/').querySelectorAll('.story-list h2')].map(text).slice(0, 4);
    expect(newest).toEqual(['Bilingual test story: model comparison', '只有中文的文章', 'An English-only story', 'Story 22']);
    expect([...loadPage(dist, '/en/2/').querySelectorAll('.story-list h2')].map(text).at(-1)).toBe('Story 1');
  });
});
