import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, isoDate, noteText, viewCell } from '../../src/lib/format.ts';
import type { Metric } from '../../src/schemas/metric.ts';

const percent: Metric = { label: { zh: '得分', en: 'Score' }, format: 'percent', decimals: 1, better: 'higher' };
const compact: Metric = { label: { zh: '参数', en: 'Params' }, format: 'compact', decimals: 0, better: 'neutral' };
const number: Metric = { label: { zh: '延迟', en: 'Latency' }, format: 'number', decimals: 0, better: 'lower' };

describe('formatNumber', () => {
  it.each([
    [67, percent, 'en', '67.0%'],
    [86.4, percent, 'zh', '86.4%'],
    [1.76e12, compact, 'en', '1.76T'],
    [1.76e12, compact, 'zh', '1.76万亿'],
    [3.4e11, compact, 'zh', '3400亿'],
    [1320, number, 'en', '1,320'],
    [320, number, 'zh', '320'],
  ] as const)('writes %s as %s in %s', (value, metric, lang, text) => {
    expect(formatNumber(value, metric, lang)).toBe(text);
  });
});

describe('viewCell', () => {
  it('keeps the marks apart from the figure and picks the note language', () => {
    const cell = { kind: 'value', value: 1.76e12, approx: true, estimate: true, note: { zh: '优化版', en: 'optimized' } } as const;
    expect(viewCell(cell, compact, 'en')).toEqual({ kind: 'value', figure: '1.76T', approx: true, estimate: true, note: 'optimized' });
    expect(viewCell(cell, compact, 'zh')).toMatchObject({ figure: '1.76万亿', note: '优化版' });
  });
  it('shows undisclosed with no figure', () => {
    expect(viewCell({ kind: 'undisclosed' }, compact, 'zh')).toEqual({ kind: 'undisclosed', figure: '', approx: false, estimate: false });
  });
});

describe('dates and notes', () => {
  it('writes dates per language, in UTC', () => {
    const date = new Date('2026-11-26T00:00:00Z');
    expect(formatDate(date, 'zh')).toBe('2026年11月26日');
    expect(formatDate(date, 'en')).toBe('November 26, 2026');
    expect(isoDate(date)).toBe('2026-11-26');
  });
  it('uses a single note in both languages', () => {
    expect(noteText('MoE', 'zh')).toBe('MoE');
    expect(noteText({ zh: '优化版', en: 'optimized' }, 'en')).toBe('optimized');
    expect(noteText(undefined, 'en')).toBeUndefined();
  });
});
