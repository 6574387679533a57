import { describe, expect, it } from 'vitest';
import { chartSummary } from '../../src/lib/chart-summary.ts';
import { chartData, chartProblem } from '../../src/lib/charts.ts';
import type { Comparison } from '../../src/lib/story.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import type { Model } from '../../src/schemas/model.ts';

// The seed story's table.
const models = new Map<string, Model>([
  ['gpt-4', { name: 'GPT-4', vendor: 'OpenAI', links: [] }],
  ['gpt-4-turbo', { name: 'GPT-4 Turbo', vendor: 'OpenAI', links: [] }],
  ['claude-3-opus', { name: 'Claude 3 Opus', vendor: 'Anthropic', links: [] }],
  ['gpt-5-4', { name: 'GPT-5.4', vendor: 'OpenAI', links: [] }],
]);
const metrics = new Map<string, Metric>([
  ['parameters', { label: { zh: '估计参数量', en: 'Est. parameters' }, format: 'compact', decimals: 0, better: 'neutral' }],
  ['mmlu', { label: { zh: 'MMLU 得分', en: 'MMLU score' }, format: 'percent', decimals: 1, better: 'higher' }],
  ['humaneval', { label: { zh: 'HumanEval（Pass@1）', en: 'HumanEval (Pass@1)' }, format: 'percent', decimals: 1, better: 'higher' }],
  ['latency', { label: { zh: '平均推理延迟', en: 'Average inference latency' }, unit: { zh: '毫秒', en: 'ms' }, format: 'number', decimals: 0, better: 'lower' }],
  ['hallucination-rate', { label: { zh: '幻觉率（事实类任务）', en: 'Hallucination rate (factual tasks)' }, format: 'percent', decimals: 0, better: 'lower' }],
]);
const v = (value: number, flags: { approx?: boolean; estimate?: boolean } = {}) => ({ kind: 'value' as const, value, approx: false, estimate: false, ...flags });
const comparison: Comparison = {
  metrics: ['parameters', 'mmlu', 'humaneval', 'latency', 'hallucination-rate'],
  rows: [
    { model: 'gpt-4', cells: { parameters: v(1.76e12, { approx: true }), mmlu: v(86.4), humaneval: v(67), latency: v(320), 'hallucination-rate': v(12, { approx: true }) } },
    { model: 'gpt-4-turbo', cells: { parameters: v(1.76e12, { approx: true }), mmlu: v(85.2), humaneval: v(66.5), latency: v(210), 'hallucination-rate': v(15, { approx: true }) } },
    { model: 'claude-3-opus', cells: { parameters: { kind: 'undisclosed' }, mmlu: v(86.8), humaneval: v(84.9), latency: v(450), 'hallucination-rate': v(8, { approx: true }) } },
    { model: 'gpt-5-4', cells: { parameters: v(2.1e12, { approx: true, estimate: true }), mmlu: v(88.1), humaneval: v(71.2), latency: v(190), 'hallucination-rate': v(11, { approx: true }) } },
  ],
};

describe('chartSummary', () => {
  it.each([
    [{ type: 'bar', metric: 'mmlu' }, 'en', 'GPT-5.4 has the highest MMLU score, 88.1%, 1.3 points above Claude 3 Opus.'],
    [{ type: 'bar', metric: 'mmlu' }, 'zh', 'GPT-5.4 的 MMLU 得分最高，为 88.1%，比 Claude 3 Opus 高 1.3 个百分点。'],
    [{ type: 'bar', metric: 'latency' }, 'en', 'GPT-5.4 has the lowest average inference latency, 190 ms, 20 ms below GPT-4 Turbo.'],
    [{ type: 'bar', metric: 'latency' }, 'zh', 'GPT-5.4 的平均推理延迟最低，为 190 毫秒，比 GPT-4 Turbo 低 20 毫秒。'],
    [{ type: 'bar', metric: 'hallucination-rate' }, 'en', 'Claude 3 Opus has the lowest hallucination rate (factual tasks), ~8%, 3 points below GPT-5.4.'],
    [{ type: 'bar', metric: 'parameters' }, 'en', 'GPT-5.4 has the largest est. parameters, ~2.1T (est.). Claude 3 Opus has not disclosed it.'],
    [{ type: 'bar', metric: 'parameters' }, 'zh', 'GPT-5.4 的估计参数量最大，为约 2.1万亿（估计）。Claude 3 Opus 未披露此数据。'],
    [{ type: 'grouped', metrics: ['mmlu', 'humaneval'] }, 'en', 'GPT-5.4 has the highest MMLU score (88.1%); Claude 3 Opus has the highest HumanEval (Pass@1) (84.9%).'],
    [{ type: 'scatter', x: 'latency', y: 'mmlu' }, 'en', 'GPT-5.4 has both the highest MMLU score (88.1%) and the lowest average inference latency (190 ms).'],
    [{ type: 'scatter', x: 'latency', y: 'mmlu' }, 'zh', 'GPT-5.4 的 MMLU 得分最高（88.1%），平均推理延迟最低（190 毫秒）。'],
    // An estimate inside brackets is a clause, never a second pair of brackets.
    [{ type: 'scatter', x: 'parameters', y: 'mmlu' }, 'en', 'GPT-5.4 has both the highest MMLU score (88.1%) and the largest est. parameters (~2.1T, est.).'],
    [{ type: 'scatter', x: 'parameters', y: 'mmlu' }, 'zh', 'GPT-5.4 的 MMLU 得分最高（88.1%），估计参数量最大（约 2.1万亿，估计）。'],
    [{ type: 'scatter', x: 'latency', y: 'humaneval' }, 'en', 'Claude 3 Opus has the highest HumanEval (Pass@1) (84.9%); GPT-5.4 has the lowest average inference latency (190 ms).'],
  ] as const)('%j in %s', (spec, lang, sentence) => {
    expect(chartSummary(spec as ChartSpec, comparison, models, metrics, lang)).toBe(sentence);
  });

  it('names ties instead of inventing a difference', () => {
    const tied: Comparison = { metrics: ['mmlu'], rows: [{ model: 'gpt-4', cells: { mmlu: v(80) } }, { model: 'gpt-5-4', cells: { mmlu: v(80) } }] };
    expect(chartSummary({ type: 'bar', metric: 'mmlu' }, tied, models, metrics, 'en')).toBe('GPT-4 and GPT-5.4 share the highest MMLU score, 80.0%.');
  });
});

describe('chartData', () => {
  it('leaves undisclosed figures as gaps, never zeros, and keeps estimate flags', () => {
    const data = chartData({ type: 'bar', metric: 'parameters' }, comparison, models, metrics, 'en');
    expect(data.categories).toEqual(['GPT-4', 'GPT-4 Turbo', 'Claude 3 Opus', 'GPT-5.4']);
    expect(data.series).toEqual([
      { label: 'Est. parameters', values: [1.76e12, 1.76e12, null, 2.1e12], estimate: [false, false, false, true], approx: [true, true, false, true] },
    ]);
    expect(data.gaps).toEqual(['Claude 3 Opus: undisclosed']);
    expect(chartData({ type: 'bar', metric: 'parameters' }, comparison, models, metrics, 'zh').gaps).toEqual(['Claude 3 Opus：未披露']);
  });

  it('labels axes with units in the page language', () => {
    const data = chartData({ type: 'scatter', x: 'latency', y: 'mmlu' }, comparison, models, metrics, 'zh');
    expect(data.title).toBe('MMLU 得分与平均推理延迟');
    expect(data.x).toEqual({ title: '平均推理延迟（毫秒）', format: 'number', decimals: 0 });
    expect(data.points[3]).toEqual({ model: 'GPT-5.4', x: 190, y: 88.1, estimate: false });
    expect(chartData({ type: 'scatter', x: 'parameters', y: 'mmlu' }, comparison, models, metrics, 'en').gaps).toEqual(['Claude 3 Opus: Est. parameters undisclosed']);
  });

  it('draws one series a metric for grouped bars', () => {
    const data = chartData({ type: 'grouped', metrics: ['mmlu', 'humaneval'] }, comparison, models, metrics, 'en');
    expect(data.series.map((s) => [s.label, s.values])).toEqual([
      ['MMLU score', [86.4, 85.2, 86.8, 88.1]],
      ['HumanEval (Pass@1)', [67, 66.5, 84.9, 71.2]],
    ]);
  });
});

describe('chartProblem', () => {
  it.each([
    [{ type: 'bar', metric: 'mmlu' }, undefined],
    [{ type: 'bar', metric: 'vibes' }, 'not vibes'],
    [{ type: 'grouped', metrics: ['mmlu', 'latency'] }, 'one format and unit'],
    [{ type: 'scatter', x: 'mmlu', y: 'mmlu' }, 'two different metrics'],
  ] as const)('%j', (spec, problem) => {
    const result = chartProblem(spec as ChartSpec, comparison, metrics);
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toContain(problem);
  });
  it('needs a comparison', () => {
    expect(chartProblem({ type: 'bar', metric: 'mmlu' }, undefined, metrics)).toContain('a story with a "comparison"');
  });
});
