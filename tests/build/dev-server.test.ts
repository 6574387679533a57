/**
 * `astro dev` as an editor runs it: pages, social cards and the data downloads answer, with the same bytes a
 * build writes (the build renders the downloads through a bundle it unpacks; dev renders them one
 * route at a time).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, FIXTURE_DIST, withDevServer } from '../helpers/build.ts';

const DOWNLOADS = [
  'en/articles/bilingual-story/data.csv',
  'en/articles/bilingual-story/data.json',
  'zh/articles/bilingual-story/data.csv',
  'zh/articles/bilingual-story/data.json',
  'en/metrics/score/data.csv',
  'en/metrics/score/data.json',
  'zh/metrics/score/data.csv',
  'zh/metrics/score/data.json',
];

describe('astro dev', () => {
  it('serves article pages and every data download, byte for byte as the build writes them', async () => {
    await withDevServer(FIXTURE_CONTENT, async (origin) => {
      const page = await fetch(`${origin}/en/articles/bilingual-story/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('href="/en/articles/bilingual-story/data.csv"');
      for (const file of DOWNLOADS) {
        const response = await fetch(`${origin}/${file}`);
        expect(response.status, file).toBe(200);
        expect(response.headers.get('content-type'), file).toMatch(file.endsWith('.csv') ? /^text\/csv/ : /^application\/json/);
        expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(FIXTURE_DIST, file))), file).toBe(true);
      }
      // Social cards are drawn on request, the same image the build writes.
      for (const card of ['zh/articles/bilingual-story/og.png', 'en/og.png']) {
        const response = await fetch(`${origin}/${card}`);
        expect(response.headers.get('content-type'), card).toBe('image/png');
        expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(FIXTURE_DIST, card))), card).toBe(true);
      }
      expect((await fetch(`${origin}/_datasets.json`)).status).toBe(404);
      expect((await fetch(`${origin}/zh/articles/zh-only-story/data.csv`)).status).toBe(404);
      expect((await fetch(`${origin}/en/metrics/no-such-metric/data.csv`)).status).toBe(404);
    });
  });

  it('leaves no download bundle in the built site', () => {
    expect(existsSync(path.join(FIXTURE_DIST, '_datasets.json'))).toBe(false);
    for (const file of DOWNLOADS) expect(existsSync(path.join(FIXTURE_DIST, file)), file).toBe(true);
  });
});
