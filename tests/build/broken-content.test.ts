/**
 * Broken content stops the build with a message naming the file, the field, the value and what
 * was expected. Each case breaks one thing in a copy of the fixture content and runs a real build.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir, runScript } from '../helpers/build.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map(removeDir)));

async function breakAndBuild(name: string, file: string, change: (source: string) => string) {
  const dir = await copyFixture(name);
  dirs.push(dir);
  const target = path.join(dir, 'content', file);
  const before = await readFile(target, 'utf8');
  const after = change(before);
  expect(after, 'the test must change the file').not.toBe(before);
  await writeFile(target, after);
  return buildSite(path.join(dir, 'content'), path.join(dir, 'dist'));
}

const ZH = 'articles/bilingual-story/zh.mdx';

describe('a build of broken content fails and says where and why', () => {
  it('lists every problem of every file once, as npm run check does, and none of Astro\'s wording, hints or stacks', async () => {
    const dir = await copyFixture('many-problems');
    dirs.push(dir);
    const content = path.join(dir, 'content');
    const edit = async (file: string, change: (source: string) => string) => {
      const target = path.join(content, file);
      const before = await readFile(target, 'utf8');
      expect(change(before), `the test must change ${file}`).not.toBe(before);
      await writeFile(target, change(before));
    };
    // A schema error Astro would stop at (an unknown field), a wrong type in another file, a
    // cross-reference (a metric named like "context-window", which drew Astro's hint about the
    // browser's window), a placed chart's bad prop, and a YAML slip in a registry file.
    await edit('articles/en-only-story/en.mdx', (s) => s.replace('tags: [beta]', 'tags: [beta]\nsubtitle: A second title').replace('<Chart type="bar" metric="score" />', '<Chart type="pie" metric="score" />'));
    await edit('articles/zh-only-story/zh.mdx', (s) => s.replace(/^tags: .*$/m, 'tags: alpha'));
    await edit(ZH, (s) => s.replace('metrics: [score, speed, size]', 'metrics: [score, speed, size, context-window]'));
    await edit('models/model-b.yaml', (s) => s.replace(/^vendor: (.*)$/m, 'vendor: $1: Labs'));

    const check = runScript('check.ts', content, '--content-only');
    const listed = check.output.split('\n').filter((line) => /^\S+\.(?:mdx|yaml):\d+/.test(line));
    expect(listed.length, check.output).toBeGreaterThanOrEqual(5);

    const { code, output } = await buildSite(content, path.join(dir, 'dist'));
    expect(code).not.toBe(0);
    for (const line of listed) expect(output.split(line).length - 1, `printed once: ${line}\n${output}`).toBe(1);
    expect(output).not.toMatch(/\*\*\*\*|Browser APIs|Location:|Stack trace|\n\s+at \S+ \(|Hint:/);
  });


  it.each([
    [
      'unknown-model',
      ZH,
      (s: string) => s.replace('model-b: {', 'model-x: {'),
      // A typo gets the nearest id.
      /bilingual-story\/zh\.mdx:12: field "comparison\.rows\.model-x" is "model-x"; expected a model id from content\/models\/ \(model-a, model-b\); did you mean "model-[ab]"\?/,
    ],
    [
      'unknown-metric',
      ZH,
      (s: string) => s.replace('metrics: [score, speed, size]', 'metrics: [score, speed, size, vibes]'),
      /bilingual-story\/zh\.mdx:9: field "comparison\.metrics\[3\]" is "vibes"; expected a metric id from content\/metrics\//,
    ],
    [
      'percent-over-100',
      ZH,
      (s: string) => s.replace('score: 86.4', 'score: 186.4'),
      /bilingual-story\/zh\.mdx:11: field "comparison\.rows\.model-a\.score" is 186\.4; expected a value between 0 and 100/,
    ],
    [
      'missing-title',
      'articles/bilingual-story/en.mdx',
      (s: string) => s.replace(/^title: .*\n/m, ''),
      /bilingual-story\/en\.mdx:2: field "title" is \(missing\); expected string/,
    ],
    [
      'bad-date',
      ZH,
      (s: string) => s.replace('date: 2026-03-01', 'date: 2026-02-30'),
      /bilingual-story\/zh\.mdx:4: field "date" is "2026-02-30"; expected a real day written YYYY-MM-DD/,
    ],
    [
      'unknown-related',
      ZH,
      (s: string) => s.replace('related: [zh-only-story]', 'related: [no-such-story]'),
      /bilingual-story\/zh\.mdx:16: field "related\[0\]" is "no-such-story"; expected the slug of a story in content\/articles\//,
    ],
    [
      'chart-of-a-missing-column',
      ZH,
      (s: string) => s.replace('{ type: bar, metric: size }', '{ type: bar, metric: vibes }'),
      /bilingual-story\/zh\.mdx:14: field "charts\[0\]" is \{"type":"bar","metric":"vibes"\}; expected metric ids among the comparison's columns \(score, speed, size\); not vibes/,
    ],
    [
      'placed-chart-of-a-missing-column',
      'articles/en-only-story/en.mdx',
      (s: string) => s.replace('<Chart type="bar" metric="score" />', '<Chart type="bar" metric="speed" />'),
      /en-only-story\/en\.mdx:15: field "<Chart>" is \{"type":"bar","metric":"speed"\}; expected metric ids among the comparison's columns \(score\); not speed/,
    ],
    [
      'title-the-card-cannot-draw',
      'articles/en-only-story/en.mdx',
      (s: string) => s.replace(/^title: (.*)$/m, 'title: $1 🚀'),
      /en-only-story\/en\.mdx: field "title" is "🚀"; expected only characters the social card font has/,
    ],
    [
      'conflicting-facts',
      'articles/bilingual-story/en.mdx',
      (s: string) => s.replace('tableCaption:', 'date: 2026-03-02\ntableCaption:'),
      /bilingual-story\/zh\.mdx and \S*bilingual-story\/en\.mdx: field "date" is \["2026-03-01","2026-03-02"\]; expected the same value in both files/,
    ],
  ])('%s', async (name, file, change, message) => {
    const { code, output } = await breakAndBuild(name, file, change);
    expect(code).not.toBe(0);
    expect(output).toMatch(message);
  });

  it.each([
    ['no-tags', 'tags.yaml', /no-tags\S*\/content\/tags\.yaml: field "\(file\)" is \(missing\); expected the tag registry/],
    ['no-stories', 'articles', /no-stories\S*\/content\/articles: field "\(folder\)" is \(missing\); expected a folder a story holding zh\.mdx and\/or en\.mdx/],
  ])('%s: a content folder without its %s stops the build, not an empty site', async (name, missing, message) => {
    const dir = await copyFixture(name);
    dirs.push(dir);
    // Built once whole first: Astro's cache of the last build must not stand in for a deleted file.
    expect((await buildSite(path.join(dir, 'content'), path.join(dir, 'dist'))).code).toBe(0);
    await rm(path.join(dir, 'content', missing), { recursive: true });
    const { code, output } = await buildSite(path.join(dir, 'content'), path.join(dir, 'dist'));
    expect(code).not.toBe(0);
    expect(output).toMatch(message);
  });

  it('reports a misnamed file instead of skipping it', async () => {
    const dir = await copyFixture('misnamed');
    dirs.push(dir);
    const content = path.join(dir, 'content');
    await writeFile(path.join(content, 'articles/zh-only-story/en.md'), '---\ntitle: T\nsummary: S\n---\nBody\n');
    await rm(path.join(content, 'articles/en-only-story'), { recursive: true });
    const { code, output } = await buildSite(content, path.join(dir, 'dist'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/zh-only-story\/en\.md: field "\(file name\)" is "zh-only-story\/en\.md"; expected content\/articles\/<slug>\/<lang>\.mdx/);
  });
});
