import { describe, expect, it } from 'vitest';
import { countText, readingMinutes } from '../../src/lib/reading-time.ts';

describe('countText', () => {
  it.each([
    ['中文', { cjk: 2, words: 0 }],
    ['GPT-5.4 的 MMLU 得分', { cjk: 3, words: 2 }],
    ["Don't panic, it's fine.", { cjk: 0, words: 4 }],
    ['模型在MMLU上得分88.1%', { cjk: 6, words: 2 }],
    ['', { cjk: 0, words: 0 }],
  ])('counts %j', (text, count) => {
    expect(countText(text)).toEqual(count);
  });
});

describe('readingMinutes', () => {
  it.each([
    [{ cjk: 0, words: 0 }, 1],
    [{ cjk: 400, words: 0 }, 1],
    [{ cjk: 1600, words: 0 }, 4],
    [{ cjk: 0, words: 920 }, 4],
    [{ cjk: 800, words: 460 }, 4],
  ])('reads %j in %i minutes', (count, minutes) => {
    expect(readingMinutes(count)).toBe(minutes);
  });
});
