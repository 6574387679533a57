import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/lib/freshness.ts';

const story = (front: string, body = '## 第一节\n\n正文。\n') => `---\ntitle: 标题\n${front}date: 2026-11-29\n---\n\n${body}`;

describe('contentHash: when a translation counts as outdated', () => {
  it('does not change when the original is published (its draft line removed or set false)', () => {
    const draft = contentHash(story('draft: true\n'));
    expect(contentHash(story(''))).toBe(draft);
    expect(contentHash(story('draft: false\n'))).toBe(draft);
  });

  it('changes with the text, in the frontmatter or the body', () => {
    const base = contentHash(story(''));
    expect(contentHash(story('summary: 新摘要\n'))).not.toBe(base);
    expect(contentHash(story('', '## 第一节\n\n改过的正文。\n'))).not.toBe(base);
  });

  it('keeps a "draft:" line of the body, which is text', () => {
    expect(contentHash(story('', 'draft: 一段正文\n'))).not.toBe(contentHash(story('', '\n')));
  });

  it('ignores line endings and trailing spaces', () => {
    expect(contentHash(story('draft: true\n').replace(/\n/g, '\r\n').replace(/。/g, '。  '))).toBe(contentHash(story('')));
  });
});
