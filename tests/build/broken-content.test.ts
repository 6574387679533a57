/**
 * Broken content stops the build with every problem the content check finds, as `npm run check`
 * lists them, and nothing of Astro's own wording. What each problem says (file, line, field, value,
 * expectation) is tested on the check itself: tests/unit/content-check.test.ts and the unit tests
 * of the schemas, story building and body check it runs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir, runScript } from '../helpers/build.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map(removeDir)));

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
});
