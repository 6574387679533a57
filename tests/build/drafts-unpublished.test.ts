/**
 * What a draft brings stays out of a production build: the model that only drafts report. The
 * build adds the story and model of tests/fixtures/draft-story to a copy of the fixture.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir } from '../helpers/build.ts';
import { projectRoot } from '../../src/lib/site-env.ts';
import { loadPage, pageExists } from '../helpers/html.ts';

const DRAFT = path.join(projectRoot, 'tests/fixtures/draft-story/content');

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

async function withDraft(name: string) {
  const dir = await copyFixture(name);
  dirs.push(dir);
  const content = path.join(dir, 'content');
  await cp(DRAFT, content, { recursive: true });
  return { content, dist: path.join(dir, 'dist') };
}

describe('a model that only drafts report', () => {
  it('has no page, no place on the models index and no sitemap URL', async () => {
    const { content, dist } = await withDraft('draft-model');
    const { code, output } = await buildSite(content, dist);
    expect(code, output).toBe(0);
    for (const lang of ['zh', 'en']) {
      expect(pageExists(dist, `/${lang}/models/model-unannounced/`)).toBe(false);
      const listed = [...loadPage(dist, `/${lang}/models/`).querySelectorAll('.model-list li')].map((li) => li.textContent ?? '');
      expect(listed.some((item) => item.includes('Model A'))).toBe(true);
      expect(listed.filter((item) => /Unannounced|Initech/.test(item))).toEqual([]);
    }
    const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/en/models/model-a/');
    expect(sitemap).not.toContain('model-unannounced');
  }, 180_000);
});
