/**
 * One search bundle made by Pagefind's command (real Pagefind) from pages on disk: which pages
 * it takes, and how each way it can fail reaches the build.
 */
import * as childProcess from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexBundle } from '../../src/integrations/pagefind-index.ts';
import { storyPagesGlob } from '../../src/lib/urls.ts';

let site = '';
const page = async (file: string, html: string) => {
  await mkdir(path.join(site, path.dirname(file)), { recursive: true });
  await writeFile(path.join(site, file), html);
};
const story = (lang: string, text: string) => `<!doctype html><html lang="${lang}"><body><nav>menu words</nav><article data-pagefind-body><h1>${text}</h1><p>${text}</p></article></body></html>`;
const list = (lang: string) => `<!doctype html><html lang="${lang}"><body><p>a list of stories</p></body></html>`;
const fragments = async (bundle: string) => (await readdir(path.join(site, 'pagefind', bundle, 'fragment'))).length;

beforeEach(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'fb-pagefind-'));
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('indexBundle', () => {
  it("indexes a language's story pages, not its lists, side-by-side pages or the other language", async () => {
    await page('zh/index.html', list('zh'));
    await page('zh/articles/one/index.html', story('zh', '第一篇'));
    await page('zh/articles/two/index.html', story('zh', '第二篇'));
    await page('zh/articles/one/parallel/index.html', story('zh', '并排'));
    await page('en/articles/one/index.html', story('en', 'first'));
    const report = await indexBundle(site, 'zh', storyPagesGlob('zh'));
    expect(report).toMatchObject({ name: 'zh', pages: 2, languages: ['zh'] });
    expect(await fragments('zh')).toBe(2);
    expect(existsSync(path.join(site, 'pagefind/en'))).toBe(false);
    // Pagefind's own search interfaces are not shipped: the site has its own.
    expect((await readdir(path.join(site, 'pagefind/zh'))).filter((f) => f.includes('-ui'))).toEqual([]);
  });

  it('writes nothing for a language without stories', async () => {
    await page('zh/articles/one/index.html', story('zh', '第一篇'));
    expect(await indexBundle(site, 'en', storyPagesGlob('en'))).toBeUndefined();
    expect(existsSync(path.join(site, 'pagefind'))).toBe(false);
  });

  it('refuses story pages without data-pagefind-body, which Pagefind would index whole', async () => {
    await page('zh/articles/one/index.html', list('zh'));
    await expect(indexBundle(site, 'zh', storyPagesGlob('zh'))).rejects.toThrow('no page of the search bundle "zh" (zh/articles/*/index.html) has data-pagefind-body');
  });

  it("stops with Pagefind's own words and exit code when it fails, and says so when it is killed", async () => {
    await page('zh/articles/one/index.html', story('zh', '第一篇'));
    const failing = path.join(site, 'failing.mjs');
    await writeFile(failing, "process.stderr.write('Error: disk full\\n'); process.exit(3);");
    await expect(indexBundle(site, 'zh', storyPagesGlob('zh'), failing)).rejects.toThrow('Pagefind failed (exit code 3) while indexing the search bundle "zh" (zh/articles/*/index.html):\nError: disk full');
    const killed = path.join(site, 'killed.mjs');
    await writeFile(killed, "process.kill(process.pid, 'SIGKILL');");
    await expect(indexBundle(site, 'zh', storyPagesGlob('zh'), killed)).rejects.toThrow('Pagefind was stopped (signal SIGKILL) while indexing the search bundle "zh"');
  });

  it('leaves every Node module as it was: no global patch', async () => {
    const before = { ...childProcess };
    await import('../../src/integrations/pagefind.ts');
    await page('zh/articles/one/index.html', story('zh', '第一篇'));
    await indexBundle(site, 'zh', storyPagesGlob('zh'));
    const changed = Object.keys(before).filter((key) => (childProcess as Record<string, unknown>)[key] !== (before as Record<string, unknown>)[key]);
    expect(changed).toEqual([]);
  });
});
