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
import { checkContent, formatLocated } from '../../src/lib/content-check.ts';

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
/** The problems as the build and `npm run check` print them. */
const lines = async (root = dir) => (await checkContent(root)).problems.map(formatLocated);

const ZH = 'articles/bilingual-story/zh.mdx';

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

/**
 * Each problem an editor may make, as the build prints it: the file and line, the field, the value
 * and what was expected. (tests/build/broken-content.test.ts shows these lines reach the build.)
 */
describe('checkContent says where and why', () => {
  it.each([
    [
      'an unknown model, with the nearest id',
      ZH,
      (s: string) => s.replace('model-b: {', 'model-x: {'),
      /bilingual-story\/zh\.mdx:12: field "comparison\.rows\.model-x" is "model-x"; expected a model id from content\/models\/ \(model-a, model-b\); did you mean "model-[ab]"\?/,
    ],
    [
      'an unknown metric',
      ZH,
      (s: string) => s.replace('metrics: [score, speed, size]', 'metrics: [score, speed, size, vibes]'),
      /bilingual-story\/zh\.mdx:9: field "comparison\.metrics\[3\]" is "vibes"; expected a metric id from content\/metrics\//,
    ],
    [
      'a percentage over 100',
      ZH,
      (s: string) => s.replace('score: 86.4', 'score: 186.4'),
      /bilingual-story\/zh\.mdx:11: field "comparison\.rows\.model-a\.score" is 186\.4; expected a value between 0 and 100/,
    ],
    [
      'a missing title',
      'articles/bilingual-story/en.mdx',
      (s: string) => s.replace(/^title: .*\n/m, ''),
      /bilingual-story\/en\.mdx:2: field "title" is \(missing\); expected string/,
    ],
    [
      'a day that does not exist',
      ZH,
      (s: string) => s.replace('date: 2026-03-01', 'date: 2026-02-30'),
      /bilingual-story\/zh\.mdx:4: field "date" is "2026-02-30"; expected a real day written YYYY-MM-DD/,
    ],
    [
      'a related story that does not exist',
      ZH,
      (s: string) => s.replace('related: [zh-only-story]', 'related: [no-such-story]'),
      /bilingual-story\/zh\.mdx:16: field "related\[0\]" is "no-such-story"; expected the slug of a story in content\/articles\//,
    ],
    [
      'a chart of a column the table does not have',
      ZH,
      (s: string) => s.replace('{ type: bar, metric: size }', '{ type: bar, metric: vibes }'),
      /bilingual-story\/zh\.mdx:14: field "charts\[0\]" is \{"type":"bar","metric":"vibes"\}; expected metric ids among the comparison's columns \(score, speed, size\); not vibes/,
    ],
    [
      'a chart placed in the body of a column the table does not have',
      'articles/en-only-story/en.mdx',
      (s: string) => s.replace('<Chart type="bar" metric="score" />', '<Chart type="bar" metric="speed" />'),
      /en-only-story\/en\.mdx:16: field "<Chart>" is \{"type":"bar","metric":"speed"\}; expected metric ids among the comparison's columns \(score\); not speed/,
    ],
    [
      'a title the social card cannot draw',
      'articles/en-only-story/en.mdx',
      (s: string) => s.replace(/^title: (.*)$/m, 'title: $1 🚀'),
      /en-only-story\/en\.mdx: field "title" is "🚀"; expected only characters the social card font has/,
    ],
    [
      'facts that differ between a story\'s two files',
      'articles/bilingual-story/en.mdx',
      (s: string) => s.replace('tableCaption:', 'date: 2026-03-02\ntableCaption:'),
      /bilingual-story\/zh\.mdx and \S*bilingual-story\/en\.mdx: field "date" is \["2026-03-01","2026-03-02"\]; expected the same value in both files/,
    ],
  ])('%s', async (_name, file, change, message) => {
    const restore = await breakFile(file, change);
    try {
      const found = await lines();
      expect(found.some((line) => message.test(line)), found.join('\n')).toBe(true);
    } finally {
      await restore();
    }
  });

  it.each([
    ['tags.yaml', /content\/tags\.yaml: field "\(file\)" is \(missing\); expected the tag registry/],
    ['articles', /content\/articles: field "\(folder\)" is \(missing\); expected a folder a story holding zh\.mdx and\/or en\.mdx/],
  ])('a content folder without its %s is one problem, not an empty site', async (missing, message) => {
    const root = await mkdtemp(path.join(tmpdir(), 'content-check-'));
    try {
      await cp(dir, path.join(root, 'content'), { recursive: true });
      await rm(path.join(root, 'content', missing), { recursive: true });
      const found = await lines(path.join(root, 'content'));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(message);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('reports a misnamed story file instead of skipping it', async () => {
    const file = path.join(dir, 'articles/zh-only-story/en.md');
    await writeFile(file, '---\ntitle: T\nsummary: S\n---\nBody\n');
    try {
      expect((await lines()).join('\n')).toMatch(/zh-only-story\/en\.md: field "\(file name\)" is "zh-only-story\/en\.md"; expected content\/articles\/<slug>\/<lang>\.mdx/);
    } finally {
      await rm(file);
    }
  });
});
