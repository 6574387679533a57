import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, relatedFor, type RelatedInput } from '../../src/lib/related.ts';
import { termCounts, type Term } from '../../src/lib/text-terms.ts';

/** A term as text: Chinese terms are character codes, one or two packed in a number. */
function termText(term: Term): string {
  if (typeof term === 'string') return term;
  return term < 0x10000 ? String.fromCharCode(term) : String.fromCharCode(Math.floor(term / 0x10000), term % 0x10000);
}

function story(slug: string, over: Partial<RelatedInput> = {}): RelatedInput {
  return { slug, date: new Date('2026-06-01T00:00:00Z'), langs: ['zh', 'en'], tags: [], models: [], vendors: [], text: '', related: [], ...over };
}
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const pick = (inputs: RelatedInput[], slug: string, lang: 'zh' | 'en' = 'zh') => relatedFor(buildRelatedIndex(inputs), slug, [lang])[lang].map((p) => `${p.by}:${p.slug}`);

describe('relatedFor', () => {
  it('puts the editor list first, in its order, then fills up to four', () => {
    const inputs = [
      story('a', { related: ['d', 'b'], tags: ['x'] }),
      story('b', { tags: ['x'] }),
      story('c', { tags: ['x'] }),
      story('d'),
      story('e', { tags: ['x'] }),
      story('f', { tags: ['x'] }),
    ];
    expect(pick(inputs, 'a')).toEqual(['editor:d', 'editor:b', 'auto:c', 'auto:e']);
  });

  it('never picks the story itself or a story twice, and shows the first four of a long editor list', () => {
    const inputs = [story('a', { related: ['b', 'a', 'b', 'c', 'd', 'e', 'f'] }), story('b'), story('c'), story('d'), story('e'), story('f')];
    expect(pick(inputs, 'a')).toEqual(['editor:b', 'editor:c', 'editor:d', 'editor:e']);
  });

  it('always leads an older story to the best related story published after it', () => {
    const old = day('2026-01-01');
    const inputs = [
      story('a', { date: old, models: ['m'], tags: ['t'], related: ['b', 'c', 'd', 'e'] }),
      ...['b', 'c', 'd', 'e'].map((s) => story(s, { date: old, models: ['m'] })),
      story('close', { date: old, models: ['m'], tags: ['t'] }),
      story('later', { date: day('2026-05-01'), tags: ['t'] }),
      story('later-unrelated', { date: day('2026-06-01') }),
    ];
    // Four editor's picks, then the newer story as a fifth card.
    expect(pick(inputs, 'a')).toEqual(['editor:b', 'editor:c', 'editor:d', 'editor:e', 'auto:later']);
    // With room left, the newer story takes the last automatic place, though an older one scores higher.
    const fewer = inputs.map((s) => (s.slug === 'a' ? { ...s, related: ['b', 'c'] } : s));
    expect(pick(fewer, 'a')).toEqual(['editor:b', 'editor:c', 'auto:close', 'auto:later']);
    // The newest story has nothing newer: its places follow the score alone.
    expect(pick(inputs, 'later')).not.toContain('auto:later-unrelated');
  });

  it('scores shared models above shared tags, and needs some relation', () => {
    const inputs = [
      story('a', { models: ['m'], tags: ['t'] }),
      story('tag', { tags: ['t'] }),
      story('model', { models: ['m'] }),
      story('nothing'),
    ];
    expect(pick(inputs, 'a')).toEqual(['auto:model', 'auto:tag']);
  });

  it('finds stories by their words, Chinese and English', () => {
    const inputs = [
      story('a', { text: '智能体在开放环境中执行多步骤任务 agents reliability' }),
      story('same', { text: '自主智能体的多步骤任务在开放环境中常常失败 agent reliability' }),
      story('other', { text: '芯片出口管制与半导体供应链 semiconductors export' }),
    ];
    expect(pick(inputs, 'a')).toEqual(['auto:same']);
  });

  it('prefers stories published in the page language', () => {
    const inputs = [story('a', { tags: ['t'] }), story('en-only', { tags: ['t'], langs: ['en'] }), story('zh-only', { tags: ['t'], langs: ['zh'] })];
    expect(pick(inputs, 'a', 'zh')).toEqual(['auto:zh-only', 'auto:en-only']);
    expect(pick(inputs, 'a', 'en')).toEqual(['auto:en-only', 'auto:zh-only']);
  });

  it('breaks ties by date, then slug, whatever the input order', () => {
    const inputs = [
      story('a', { tags: ['t'], date: day('2026-06-01') }),
      story('c', { tags: ['t'], date: day('2026-05-01') }),
      story('b', { tags: ['t'], date: day('2026-05-01') }),
      story('z', { tags: ['t'], date: day('2026-06-01') }),
    ];
    expect(pick(inputs, 'a')).toEqual(['auto:z', 'auto:b', 'auto:c']);
    expect(pick([...inputs].reverse(), 'a')).toEqual(['auto:z', 'auto:b', 'auto:c']);
  });
});

describe('text terms', () => {
  it('splits Chinese into character pairs and English into words without stop words', () => {
    expect([...termCounts('智能体 the agents of GPT-5.4 与').keys()].map(termText)).toEqual(['智能', '能体', 'agents', 'gpt-5.4', '与']);
  });
});
