/** Which models get a page: the ones the given stories (a build's published stories) report. */
import { describe, expect, it } from 'vitest';
import { modelsWithPages } from '../../src/lib/model-pages.ts';
import type { Story } from '../../src/lib/story.ts';
import { figure, makeStory } from '../helpers/story.ts';

function story(slug: string, models: string[] | undefined): Story {
  return makeStory(slug, '2026-01-01', models && Object.fromEntries(models.map((model) => [model, { score: figure(1) }])));
}

describe('modelsWithPages', () => {
  it.each([
    ['every model a story reports, once', [story('a', ['m1', 'm2']), story('b', ['m2'])], ['m1', 'm2']],
    ['none for stories without a comparison', [story('a', undefined)], []],
    ['none without stories', [], []],
  ] as const)('gives %s', (_name, stories, ids) => {
    expect([...modelsWithPages([...stories])].sort()).toEqual(ids);
  });
});
