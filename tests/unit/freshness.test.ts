import { describe, expect, it } from 'vitest';
import { contentHash, legacyContentHash, stamp, stampFreshness } from '../../src/lib/freshness.ts';

const story = (front: string, body = '## 第一节\n\n正文。\n') => `---\ntitle: 标题\nsummary: 摘要。\n${front}date: 2026-11-29\n---\n\n${body}`;

describe('contentHash: when a translation counts as outdated', () => {
  it('does not change when the original is published (its draft line removed or set false)', () => {
    const draft = contentHash(story('draft: true\n'));
    expect(contentHash(story(''))).toBe(draft);
    expect(contentHash(story('draft: false\n'))).toBe(draft);
  });

  it('does not change with the story facts, which both languages share', () => {
    const base = contentHash(story('tags: [alpha]\nrelated: [one]\n'));
    const facts = [
      'tags: [alpha]\nrelated: [one, two]\n',
      'tags: [alpha, beta]\nrelated: [one]\n',
      'tags: [alpha]\nrelated: [one]\nupdated: 2026-12-01\n',
      'tags: [alpha]\nrelated: [one]\ncomparison:\n  metrics: [score]\n  rows:\n    model-a: { score: 1 }\ncharts:\n  - { type: bar, metric: score }\n',
      'tags: [alpha]\nrelated: [one]\nsources:\n  - { title: A source, url: "https://example.com/", note: { zh: 注, en: Note } }\n',
    ];
    for (const front of facts) expect(contentHash(story(front)), front).toBe(base);
    expect(contentHash(story('tags: [alpha]\nrelated: [one]\n').replace('date: 2026-11-29', 'date: 2026-11-30'))).toBe(base);
  });

  it('changes with what a translation translates: title, summary, FAQ, table caption and body', () => {
    const base = contentHash(story('tableCaption: 对比\nfaq:\n  - { q: 问？, a: 答。 }\n'));
    const changed = [
      story('tableCaption: 对比\nfaq:\n  - { q: 问？, a: 答。 }\n').replace('title: 标题', 'title: 新标题'),
      story('tableCaption: 对比\nfaq:\n  - { q: 问？, a: 答。 }\n').replace('summary: 摘要。', 'summary: 新摘要。'),
      story('tableCaption: 新的对比\nfaq:\n  - { q: 问？, a: 答。 }\n'),
      story('faq:\n  - { q: 问？, a: 答。 }\n'),
      story('tableCaption: 对比\nfaq:\n  - { q: 问？, a: 另一个答案。 }\n'),
      story('tableCaption: 对比\nfaq:\n  - { q: 问？, a: 答。 }\n', '## 第一节\n\n改过的正文。\n'),
    ];
    for (const source of changed) expect(contentHash(source), source).not.toBe(base);
  });

  it('reads the fields as values: YAML comments, quoting and key order do not count', () => {
    const base = contentHash(story('faq:\n  - { q: 问？, a: 答。 }\n'));
    expect(contentHash(story('# a note to the editor\nfaq:\n  - { a: 答。, q: "问？" }\n'))).toBe(base);
    expect(contentHash(story('faq: []\n'))).toBe(contentHash(story('')));
  });

  it('reads the fields however they are written: quoted keys, block text, aliases of anchors elsewhere', () => {
    const quoted = story('"tableCaption": 对比\n');
    expect(contentHash(quoted)).toBe(contentHash(story('tableCaption: 对比\n')));
    expect(contentHash(quoted.replace('对比', '新对比'))).not.toBe(contentHash(quoted));
    const block = story('faq:\n  - q: 问？\n    a: |\n      第一行\n      第二行\n');
    expect(contentHash(block.replace('第二行', '改过的第二行'))).not.toBe(contentHash(block));
    const alias = story('sources:\n  - { title: &t 来源, url: "https://example.com/" }\nfaq:\n  - { q: *t, a: 答。 }\n');
    expect(contentHash(alias.replace('&t 来源', '&t 另一个来源'))).not.toBe(contentHash(alias));
  });

  it('reads the fields however the rest of the frontmatter is written, without expanding it', () => {
    // An explicit key (`? key`) and, in a story fact, aliases that would expand to a billion values.
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    const odd = story(`? note\n: an explicit key\ncomparison:\n  rows: { x: *c }\n`).replace('title: 标题', `${bomb}title: 标题`);
    expect(contentHash(odd.replace('title: 标题', 'title: 新标题'))).not.toBe(contentHash(odd));
    // A field written twice (which the file's check refuses) is read as YAML reads it: the last.
    const twice = story('').replace('title: 标题', 'title: 旧标题\ntitle: 标题');
    expect(contentHash(twice)).toBe(contentHash(story('')));
  });

  it('keeps a "draft:" line of the body, which is text', () => {
    expect(contentHash(story('', 'draft: 一段正文\n'))).not.toBe(contentHash(story('', '\n')));
  });

  it('ignores line endings and trailing spaces', () => {
    expect(contentHash(story('draft: true\n').replace(/\n/g, '\r\n').replace(/。/g, '。  '))).toBe(contentHash(story('')));
  });
});

describe('stampFreshness', () => {
  const original = story('related: [one]\n');

  it('is current for a stamp of the original as it is, outdated once its text changes', () => {
    const hash = contentHash(original);
    expect(stampFreshness(original, hash)).toBe('current');
    expect(stampFreshness(original.replace('related: [one]', 'related: [one, two]'), hash)).toBe('current');
    expect(stampFreshness(original.replace('正文。', '新的正文。'), hash)).toBe('outdated');
  });

  it('reads a stamp written before it hashed only the translated text, while the original is unchanged', () => {
    const legacy = legacyContentHash(original);
    expect(legacy).not.toBe(contentHash(original));
    expect(stampFreshness(original, legacy)).toBe('current');
    // Such a stamp recorded the whole file: any change since makes it outdated, as it did.
    expect(stampFreshness(original.replace('related: [one]', 'related: [one, two]'), legacy)).toBe('outdated');
  });

  it('stamp writes or replaces the translated line', () => {
    const once = stamp('---\ntitle: T\n---\n\nBody.\n', 'zh', 'aaaaaaaaaaaa');
    expect(once).toBe('---\ntitle: T\ntranslated: { from: zh, hash: aaaaaaaaaaaa }\n---\n\nBody.\n');
    expect(stamp(once, 'zh', 'bbbbbbbbbbbb')).toBe('---\ntitle: T\ntranslated: { from: zh, hash: bbbbbbbbbbbb }\n---\n\nBody.\n');
  });
});
