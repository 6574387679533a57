/**
 * The fixture build's search index: a bundle a language holding exactly that language's story
 * pages, and the same bytes whenever the same pages are indexed again (a deploy that changed
 * nothing uploads no new index files, and a reader's cached index chunks stay valid).
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexBundle } from '../../src/integrations/pagefind-index.ts';
import { storyPagesGlob } from '../../src/lib/urls.ts';
import { LANGS } from '../../src/schemas/localized.ts';
import { FIXTURE_DIST } from '../helpers/build.ts';

const copies: string[] = [];
afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Every file under `dir`, by relative path, with its bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(await Promise.all(files.map(async (e) => [path.relative(dir, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name))] as const)));
}

describe("the build's search index", () => {
  it.each(LANGS)('/pagefind/%s/ holds each story page of its language, one fragment a page', async (lang) => {
    const stories = (await readdir(path.join(FIXTURE_DIST, lang, 'articles'), { withFileTypes: true })).filter((e) => e.isDirectory());
    const fragments = await readdir(path.join(FIXTURE_DIST, 'pagefind', lang, 'fragment'));
    expect(stories.length).toBeGreaterThan(1);
    expect(fragments).toHaveLength(stories.length);
  });

  it('is the same bytes when the same pages are indexed again', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'fb-reindex-'));
    copies.push(copy);
    await cp(FIXTURE_DIST, copy, { recursive: true, filter: (source) => path.relative(FIXTURE_DIST, source) !== 'pagefind' });
    for (const lang of LANGS) await indexBundle(copy, lang, storyPagesGlob(lang));
    const [built, again] = await Promise.all([tree(path.join(FIXTURE_DIST, 'pagefind')), tree(path.join(copy, 'pagefind'))]);
    expect([...again.keys()].sort()).toEqual([...built.keys()].sort());
    const differing = [...built].filter(([file, bytes]) => !again.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
