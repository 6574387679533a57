/**
 * What a draft brings stays out of a production build: the model that only drafts report, and,
 * when the build fails, the compiled draft itself. Both builds add the story and model of
 * tests/fixtures/draft-story to a copy of the fixture.
 */
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir } from '../helpers/build.ts';
import { projectRoot } from '../../src/build/site-env.ts';
import { loadPage, pageExists } from '../helpers/html.ts';

const DRAFT = path.join(projectRoot, 'tests/fixtures/draft-story/content');
/** A sentence of the draft's body, found in no other file. */
const DRAFT_TEXT = 'Embargoed draft paragraph';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

async function withDraft(name: string) {
  const dir = await copyFixture(name);
  dirs.push(dir);
  const content = path.join(dir, 'content');
  await cp(DRAFT, content, { recursive: true });
  return { content, dist: path.join(dir, 'dist') };
}

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
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

describe('a build that fails while rendering pages', () => {
  it('leaves no compiled pages, and no text of a draft, in the output folder', async () => {
    const { content, dist } = await withDraft('draft-failed-build');
    const story = path.join(content, 'articles/bilingual-story/zh.mdx');
    // An unknown related slug is found when the pages' getStaticPaths load the site: after
    // everything, drafts included, has been compiled into the output folder.
    await writeFile(story, (await readFile(story, 'utf8')).replace('related: [zh-only-story]', 'related: [no-such-story]'));
    const { code, output } = await buildSite(content, dist);
    expect(code).not.toBe(0);
    expect(output).toContain('"related[0]" is "no-such-story"');
    expect(existsSync(path.join(dist, '.prerender'))).toBe(false);
    const files = existsSync(dist) ? await filesUnder(dist) : [];
    const leaking: string[] = [];
    for (const file of files) if ((await readFile(path.join(dist, file), 'utf8')).includes(DRAFT_TEXT)) leaking.push(file);
    expect(leaking).toEqual([]);
  }, 180_000);
});
