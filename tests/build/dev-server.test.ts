/**
 * `astro dev` as an editor runs it: pages, social cards and the data downloads answer, with the same bytes a
 * build writes (the build renders the downloads through a bundle it unpacks; dev renders them one
 * route at a time).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURE_CONTENT, FIXTURE_DIST, removeDir, withDevServer } from '../helpers/build.ts';

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

  it("serves the last build's search index, so an editor can search while writing", async () => {
    await withDevServer(
      FIXTURE_CONTENT,
      async (origin) => {
        for (const [file, type] of [['pagefind/zh/pagefind.js', /javascript/], ['pagefind/en/pagefind-entry.json', /^application\/json/]] as const) {
          const response = await fetch(`${origin}/${file}`);
          expect(response.status, file).toBe(200);
          expect(response.headers.get('content-type'), file).toMatch(type);
          expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(FIXTURE_DIST, file))), file).toBe(true);
        }
        // Only the index: nothing else of the build's output, and nothing above it.
        expect((await fetch(`${origin}/pagefind/zh/no-such-file.js`)).status).toBe(404);
        expect((await fetch(`${origin}/pagefind/%2e%2e/_headers`)).status).toBe(404);
      },
      { outDir: FIXTURE_DIST },
    );
  });

  it('leaves no download bundle in the built site', () => {
    expect(existsSync(path.join(FIXTURE_DIST, '_datasets.json'))).toBe(false);
    for (const file of DOWNLOADS) expect(existsSync(path.join(FIXTURE_DIST, file)), file).toBe(true);
  });
});

/** Polls `test` until it holds, for what a dev server does after a file is saved. */
async function eventually(test: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('astro dev with content problems', () => {
  it('keeps running, shows the list of problems in place of every page and in the terminal, and the pages once fixed', async () => {
    const dir = await copyFixture('dev-problems');
    const content = path.join(dir, 'content');
    const story = path.join(content, 'articles/bilingual-story/zh.mdx');
    const model = path.join(content, 'models/model-b.yaml');
    const [storySource, modelSource] = await Promise.all([readFile(story, 'utf8'), readFile(model, 'utf8')]);
    // A model id typo (a cross-reference), and a registry file that is not valid YAML: neither
    // may stop the server, and the list names both.
    await writeFile(story, storySource.replace('model-b: {', 'model-x: {'));
    await writeFile(model, modelSource.replace(/^vendor: (.*)$/m, 'vendor: $1: Labs'));
    const page = async (origin: string, pathname: string) => {
      const response = await fetch(`${origin}${pathname}`, { headers: { accept: 'text/html' } });
      const { document } = parseHTML(await response.text());
      return { status: response.status, problems: [...document.querySelectorAll('li code')].map((code) => code.textContent), document };
    };
    try {
      await withDevServer(content, async (origin, output) => {
        for (const pathname of ['/zh/', '/en/articles/en-only-story/', '/zh/articles/bilingual-story/']) {
          const { status, problems } = await page(origin, pathname);
          expect(status, pathname).toBe(500);
          expect(problems, pathname).toEqual([
            expect.stringMatching(/bilingual-story\/zh\.mdx:12: field "comparison\.rows\.model-x" is "model-x"; expected a model id .*did you mean "model-[ab]"\?$/),
            expect.stringMatching(/models\/model-b\.yaml:2: field "\(YAML\)" is "vendor: Globex: Labs"; expected .*a value holding ": " goes in quotes/),
          ]);
        }
        expect(output()).toMatch(/bilingual-story\/zh\.mdx:12: field "comparison\.rows\.model-x"/);
        expect(output()).toMatch(/models\/model-b\.yaml:2: field "\(YAML\)"/);

        await Promise.all([writeFile(story, storySource), writeFile(model, modelSource)]);
        await eventually(async () => (await page(origin, '/zh/articles/bilingual-story/')).status === 200, 'the story page after the fix');
        const fixed = await page(origin, '/zh/articles/bilingual-story/');
        expect(fixed.document.querySelector('table')?.textContent).toContain('Globex');
        expect((await page(origin, '/zh/')).status).toBe(200);
        expect(output()).toContain('The content has no problems now.');
      });
    } finally {
      await removeDir(dir);
    }
  });
});

describe('astro dev after an edit to valid content', () => {
  it('serves what the file now says, without a restart', async () => {
    const dir = await copyFixture('dev-edit');
    const model = path.join(dir, 'content/models/model-b.yaml');
    const source = await readFile(model, 'utf8');
    try {
      await withDevServer(path.join(dir, 'content'), async (origin) => {
        const table = async () => {
          const response = await fetch(`${origin}/zh/articles/bilingual-story/`, { headers: { accept: 'text/html' } });
          return parseHTML(await response.text()).document.querySelector('table')?.textContent ?? '';
        };
        expect(await table()).toContain('Globex');
        await writeFile(model, source.replace(/^vendor: .*$/m, 'vendor: Initech'));
        await eventually(async () => (await table()).includes('Initech'), 'the new vendor in the story\'s table');
      });
    } finally {
      await removeDir(dir);
    }
  });
});
