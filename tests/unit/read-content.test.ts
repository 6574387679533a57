/**
 * The one reader of the content folder (src/lib/read-content.ts), which the build (src/data/site.ts)
 * and the content check both use: each file is checked on its own, with the line of its problem,
 * and what it holds reaches the story builder once it passes.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/build/site-env.ts';
import { readContent, storyInputs, withLines } from '../../src/lib/read-content.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'read-content-'));
  await cp(path.join(projectRoot, 'tests/fixtures/site/content'), dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Changes a file of the copied fixture while `test` runs. */
async function changed(file: string, edit: (source: string) => string, test: () => Promise<void>): Promise<void> {
  const target = path.join(dir, file);
  const before = await readFile(target, 'utf8');
  expect(edit(before), 'the test must change the file').not.toBe(before);
  await writeFile(target, edit(before));
  try {
    await test();
  } finally {
    await writeFile(target, before);
  }
}

const ZH = 'articles/bilingual-story/zh.mdx';
const problemsIn = async () => (await readContent(dir)).problems.map((p) => ({ ...p, file: path.relative(dir, p.file) }));

describe('readContent', () => {
  it('tells models from metrics by their folder, wherever the content folder lies (a path with /models/ in it too)', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'read-content-'));
    const root = path.join(parent, 'models', 'content');
    try {
      await cp(dir, root, { recursive: true });
      const { problems, registries } = await readContent(root);
      expect(problems).toEqual([]);
      expect([...registries.models.keys()]).toEqual(['model-a', 'model-b']);
      expect([...registries.metrics.keys()].sort()).toEqual(['score', 'size', 'speed']);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('reads every story file and registry of a valid folder, with no problem', async () => {
    const content = await readContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.stories.map((s) => s.id)).toEqual(['bilingual-story/en', 'bilingual-story/zh', 'en-only-story/en', 'zh-only-story/zh']);
    expect(storyInputs(content)).toHaveLength(4);
    expect([...content.registries.models.keys()]).toEqual(['model-a', 'model-b']);
    expect(content.registries.models.get('model-a')).toMatchObject({ vendor: expect.any(String) });
    expect([...content.registries.tags.keys()]).toContain('alpha');
    expect(storyInputs(content).find((s) => s.id === 'bilingual-story/zh')!.data.date).toEqual(new Date('2026-03-01'));
  });

  it('checks a story file\'s dates as written, at their line, once (no "date missing" after)', async () => {
    await changed(ZH, (s) => s.replace('date: 2026-03-01', 'date: 2026-02-30'), async () => {
      expect(await problemsIn()).toEqual([
        { file: ZH, line: 4, field: 'date', value: '2026-02-30', expected: 'a real day written YYYY-MM-DD, from 1900 on' },
      ]);
    });
  });

  it('checks a model file\'s release date as written', async () => {
    await changed('models/model-a.yaml', (s) => s.replace('released: 2025-01-15', 'released: 2025-13-01'), async () => {
      expect(await problemsIn()).toEqual([{ file: 'models/model-a.yaml', line: 3, field: 'released', value: '2025-13-01', expected: 'a real day written YYYY-MM-DD, from 1900 on' }]);
    });
  });

  it('reads frontmatter after a byte-order mark, and refuses TOML frontmatter', async () => {
    await changed(ZH, (s) => `\uFEFF${s}`, async () => {
      const content = await readContent(dir);
      expect(content.problems).toEqual([]);
      expect(storyInputs(content).find((s) => s.id === 'bilingual-story/zh')!.data.title).toBe('双语测试文章：模型对比');
    });
    await changed('articles/zh-only-story/zh.mdx', (s) => s.replace(/^---\n([\s\S]*?)\n---/, '+++\ntitle = "T"\n+++'), async () => {
      const content = await readContent(dir);
      expect(content.problems.map((p) => [path.relative(dir, p.file), p.field, p.value])).toEqual([['articles/zh-only-story/zh.mdx', '(frontmatter)', '+++']]);
      // Not dropped: the story is known to have failed, so what follows from it is not reported again.
      expect(content.failed).toEqual(new Set(['zh-only-story']));
    });
  });

  it('keeps a file that fails its schema out of what the story builder takes, and says so', async () => {
    await changed(ZH, (s) => s.replace(/^summary: .*$/m, 'summary: 1'), async () => {
      const content = await readContent(dir);
      expect(content.problems.map((p) => [path.relative(dir, p.file), p.line, p.field])).toEqual([[ZH, 3, 'summary']]);
      expect(content.stories.map((s) => s.id)).toContain('bilingual-story/zh');
      expect(storyInputs(content).map((s) => s.id)).not.toContain('bilingual-story/zh');
      expect(content.failed).toEqual(new Set(['bilingual-story']));
    });
  });

  it('reports misnamed registry files and tag ids', async () => {
    await writeFile(path.join(dir, 'models/Model C.yaml'), 'name: C\nvendor: V\n');
    try {
      await changed('tags.yaml', (s) => `${s.trimEnd()}\nBad_Tag: { zh: 坏, en: Bad }\n`, async () => {
        expect((await problemsIn()).map((p) => [p.file, p.field])).toEqual([
          ['models/Model C.yaml', '(file name)'],
          ['tags.yaml', 'Bad_Tag'],
        ]);
      });
    } finally {
      await rm(path.join(dir, 'models/Model C.yaml'));
    }
  });

  it('says what a folder lacks, and reads nothing else', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'read-content-empty-'));
    const content = await readContent(empty);
    expect(content.incomplete).toBe(true);
    expect(content.problems.map((p) => p.field)).toEqual(['(folder)', '(file)']);
    await rm(empty, { recursive: true });
  });

  it('gives the story builder\'s problems the line of their field', async () => {
    const content = await readContent(dir);
    const file = content.stories.find((s) => s.id === 'bilingual-story/zh')!.file;
    expect(withLines([{ file, field: 'comparison.rows.model-b', value: 'model-b', expected: 'x' }], content.parsed)).toEqual([
      { file, line: 12, field: 'comparison.rows.model-b', value: 'model-b', expected: 'x' },
    ]);
  });
});
