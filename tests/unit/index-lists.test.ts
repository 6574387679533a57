/** The models and metrics index pages' lists (src/lib/index-lists.ts). */
import { describe, expect, it } from 'vitest';
import { metricList, modelList } from '../../src/lib/index-lists.ts';
import { reportsOf } from '../../src/lib/metric-figures.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import { figure, makeStory } from '../helpers/story.ts';

const stories = [
  makeStory('a', '2026-01-01', { m1: { speed: figure(1), score: figure(2) }, m2: { score: figure(3) } }),
  makeStory('b', '2026-02-01', { m3: { score: figure(4) }, m1: { score: figure(5) } }),
];

describe('modelList', () => {
  it('lists each model with a page by vendor, then name, with how many stories report it', () => {
    const models = new Map([
      ['m1', { name: 'Zeta', vendor: 'Acme', links: [] }],
      ['m2', { name: 'Alpha', vendor: 'Globex', links: [] }],
      ['m3', { name: 'Beta', vendor: 'Acme', links: [] }],
      ['m4', { name: 'Unreported', vendor: 'Acme', links: [] }],
    ]);
    expect(modelList(stories, models).map(({ id, stories }) => [id, stories])).toEqual([
      ['m3', 1],
      ['m1', 2],
      ['m2', 1],
    ]);
  });
});

describe('metricList', () => {
  const metric = (zh: string, en: string) => ({ label: { zh, en }, better: 'higher' }) as unknown as Metric;
  const metrics = new Map([
    ['score', metric('得分', 'Score')],
    ['speed', metric('速度', 'Accuracy per second')],
    ['unused', metric('未用', 'Aardvark')],
  ]);

  it('lists each reported metric by its label in the page language, with how many models have a figure', () => {
    expect(metricList(reportsOf(stories), metrics, 'en').map(({ id, models }) => [id, models])).toEqual([
      ['speed', 1],
      ['score', 3],
    ]);
    expect(metricList(reportsOf(stories), metrics, 'zh').map(({ id }) => id)).toEqual(['score', 'speed']);
  });
});
