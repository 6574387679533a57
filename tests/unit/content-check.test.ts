/**
 * What the content check leaves out, and why (src/lib/content-check.ts): a story file that fails
 * its own checks is reported once, for its own fault, and not again for what only follows from it
 * (facts its translation looks for in it, a table placed in the translation, a related link to it).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/build/site-env.ts';
import { checkContent } from '../../src/lib/content-check.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'content-check-'));
  await cp(path.join(projectRoot, 'tests/fixtures/site/content'), dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function breakFile(file: string, change: (source: string) => string): Promise<() => Promise<void>> {
  const target = path.join(dir, file);
  const before = await readFile(target, 'utf8');
  expect(change(before), 'the test must change the file').not.toBe(before);
  await writeFile(target, change(before));
  return () => writeFile(target, before);
}

const fields = async () => (await checkContent(dir)).problems.map((p) => `${path.relative(dir, p.file)} ${p.field}`);

describe('checkContent', () => {
  it('passes the fixture as it is', async () => {
    expect(await fields()).toEqual([]);
  });

  it('reports an original that fails its schema once, not its translation\'s missing date, tags and table data', async () => {
    // bilingual-story/zh.mdx holds the story's date, tags and comparison; en.mdx places <ModelTable />.
    const restore = await breakFile('articles/bilingual-story/zh.mdx', (s) => s.replace(/^tags: (.*)$/m, 'tags: $1\nsubtitle: x'));
    expect(await fields()).toEqual(['articles/bilingual-story/zh.mdx subtitle']);
    await restore();
  });

  it('reports a story that fails, not the related links that name it', async () => {
    const restore = await breakFile('articles/zh-only-story/zh.mdx', (s) => s.replace(/^summary: .*$/m, 'summary: 1'));
    expect(await fields()).toEqual(['articles/zh-only-story/zh.mdx summary']);
    await restore();
  });

  it('reports a model file with a problem, and the stories naming the model get no second problem', async () => {
    const restore = await breakFile('models/model-b.yaml', (s) => s.replace(/^vendor: .*$/m, 'vendor: 1'));
    expect(await fields()).toEqual(['models/model-b.yaml vendor']);
    await restore();
  });
});
