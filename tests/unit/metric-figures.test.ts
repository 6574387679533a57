/** Figures followed across stories: the leaderboard's order and the disagreements between stories. */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/lib/cell.ts';
import { disagreements, leaderboard, reportsOf, unexplained } from '../../src/lib/metric-figures.ts';
import { figure, makeStory } from '../helpers/story.ts';
import type { Metric } from '../../src/schemas/metric.ts';

const value = figure;
const hidden: Cell = { kind: 'undisclosed' };

/** Titles read "Story <slug>", as the expectations below do. */
const story = (slug: string, date: string, rows: Record<string, Record<string, Cell>>) => makeStory(slug, date, rows);

const score: Metric = { label: { zh: '得分', en: 'Score' }, format: 'percent', decimals: 1, better: 'higher' };
const price: Metric = { label: { zh: '价格', en: 'Price' }, format: 'number', decimals: 2, better: 'lower' };
const metrics = new Map([['score', score], ['price', price]]);

const stories = [
  story('old', '2026-01-01', { a: { score: value(80), price: value(5) }, b: { score: value(70), price: value(1.5, { estimate: true }) } }),
  story('new', '2026-02-01', { a: { score: value(86.4), price: hidden }, c: { score: value(90), price: value(3) } }),
  story('same', '2026-01-15', { b: { score: value(70.0), price: value(1.5) } }),
];

describe('leaderboard', () => {
  it('takes each model\'s latest figure and puts the best first, by the metric\'s direction', () => {
    const reports = reportsOf(stories);
    expect(leaderboard(reports, 'score', score).map((r) => [r.model, r.story.slug])).toEqual([['c', 'new'], ['a', 'new'], ['b', 'same']]);
    // Lower is better: the cheapest first, an estimate in its place, undisclosed last.
    expect(leaderboard(reports, 'price', price).map((r) => [r.model, r.cell.kind === 'value' ? r.cell.value : 'undisclosed'])).toEqual([['b', 1.5], ['c', 3], ['a', 'undisclosed']]);
  });
});

describe('disagreements', () => {
  it('finds a model and metric whose stories report different figures, newest first, and not repeated ones', () => {
    const found = disagreements(reportsOf(stories), metrics);
    expect(found.map((d) => [d.model, d.metric, d.figures.map((r) => r.story.slug)])).toEqual([['a', 'score', ['new', 'old']]]);
  });

  it('compares figures as the metric shows them', () => {
    const close = [story('x', '2026-01-01', { a: { score: value(86.41) } }), story('y', '2026-02-01', { a: { score: value(86.44) } })];
    expect(disagreements(reportsOf(close), metrics)).toEqual([]);
  });

  it('leaves out of the warnings a newer figure whose note says why', () => {
    const noted = [story('x', '2026-01-01', { a: { score: value(80) } }), story('y', '2026-02-01', { a: { score: value(82, { note: 'revised by the vendor' }) } })];
    const found = disagreements(reportsOf(noted), metrics);
    expect(found).toHaveLength(1);
    expect(unexplained(found)).toEqual([]);
  });
});
