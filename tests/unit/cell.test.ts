import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/lib/cell.ts';
import type { Metric } from '../../src/schemas/metric.ts';

const percent: Metric = { label: { zh: '得分', en: 'Score' }, format: 'percent', decimals: 1, better: 'higher' };
const compact: Metric = { label: { zh: '参数', en: 'Params' }, format: 'compact', decimals: 0, better: 'neutral', min: 0 };
const number: Metric = { label: { zh: '延迟', en: 'Latency' }, format: 'number', decimals: 0, better: 'lower', min: 0 };

describe('parseCell', () => {
  it.each([
    ['a number', 86.4, percent, { kind: 'value', value: 86.4, approx: false, estimate: false }],
    ['a percentage string', '86.4%', percent, { kind: 'value', value: 86.4, approx: false, estimate: false }],
    ['an approximate percentage', '~12%', percent, { kind: 'value', value: 12, approx: true, estimate: false }],
    ['an approximate count with a note', '~1.76T (MoE)', compact, { kind: 'value', value: 1.76e12, approx: true, estimate: false, note: 'MoE' }],
    ['an estimate with a note', '~2.1T (MoE est.)', compact, { kind: 'value', value: 2.1e12, approx: true, estimate: true, note: 'MoE' }],
    ['an estimate alone', '340B (estimated)', compact, { kind: 'value', value: 3.4e11, approx: false, estimate: true }],
    ['undisclosed', 'Undisclosed', compact, { kind: 'undisclosed' }],
    ['undisclosed in Chinese', '未披露', number, { kind: 'undisclosed' }],
    ['a plain number', 320, number, { kind: 'value', value: 320, approx: false, estimate: false }],
  ])('reads %s', (_name, input, metric, cell) => {
    expect(parseCell(input, metric)).toEqual({ ok: true, cell });
  });

  it('takes a localized note and flags from the object form', () => {
    expect(parseCell({ value: '~1.76T', note: { zh: '优化版', en: 'optimized' } }, compact)).toEqual({
      ok: true,
      cell: { kind: 'value', value: 1.76e12, approx: true, estimate: false, note: { zh: '优化版', en: 'optimized' } },
    });
    expect(parseCell({ value: 90, estimate: true }, percent)).toEqual({
      ok: true,
      cell: { kind: 'value', value: 90, approx: false, estimate: true },
    });
  });

  it.each([
    ['a percentage above 100', 101, percent, 'between 0 and 100'],
    ['a percentage string above 100', '188.1%', percent, 'between 0 and 100'],
    ['a negative latency', -5, number, 'at least 0'],
    ['% on a non-percentage', '12%', number, 'not a percentage'],
    ['a suffix on a plain number', '3K', number, 'only compact metrics'],
    ['words', 'about ten', number, 'a number such as 320'],
    ['two notes', { value: '1T (MoE)', note: 'dense' }, compact, 'one note'],
    ['an undisclosed estimate', { value: 'undisclosed', estimate: true }, compact, 'cannot also be'],
  ])('rejects %s', (_name, input, metric, expected) => {
    const result = parseCell(input, metric);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.expected).toContain(expected);
  });
});
