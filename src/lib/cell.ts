/**
 * The table notation for one figure, parsed and checked against its metric.
 * Pure: used by the build, the table, and (later) charts and downloads alike, so a figure can
 * never be read two ways.
 */
import type { CellInput } from '../schemas/comparison.ts';
import type { Localized } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';

export type Note = string | Localized;

export type Cell =
  | {
      kind: 'value';
      /** The figure in the metric's base unit (1.76T parameters → 1.76e12; 86.4% → 86.4). */
      value: number;
      /** Written with `~`: roughly this much. */
      approx: boolean;
      /** Not a published figure but somebody's estimate. */
      estimate: boolean;
      note?: Note;
    }
  | { kind: 'undisclosed'; note?: Note };

export type CellResult = { ok: true; cell: Cell } | { ok: false; expected: string };

const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const NOTATION = /^(~)?\s*(-?\d+(?:\.\d+)?)\s*([KMBT%])?\s*(?:\((.*)\))?$/;
const ESTIMATE_IN_NOTE = /(?:^|[\s,;])(?:est\.?|estimated?)$/i;
const UNDISCLOSED = /^(?:undisclosed|未披露)(?:\s*\((.*)\))?$/i;

function expectedFor(metric: Metric): string {
  const spelling =
    metric.format === 'percent'
      ? 'a percentage such as 86.4 or "86.4%"'
      : metric.format === 'compact'
        ? 'a number such as 1760000000000 or "1.76T" (K, M, B, T)'
        : 'a number such as 320';
  return `${spelling}, optionally "~" for approximate, a note in parentheses ("(MoE est.)" marks an estimate), or "undisclosed"`;
}

function rangeOf(metric: Metric): { min?: number; max?: number } {
  if (metric.format === 'percent') {
    return { min: Math.max(metric.min ?? 0, 0), max: Math.min(metric.max ?? 100, 100) };
  }
  return { min: metric.min, max: metric.max };
}

export function describeRange(metric: Metric): string | undefined {
  const { min, max } = rangeOf(metric);
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return undefined;
}

function splitNote(raw: string | undefined): { note?: string; estimate: boolean } {
  const text = raw?.trim();
  if (!text) return { estimate: false };
  if (!ESTIMATE_IN_NOTE.test(text)) return { note: text, estimate: false };
  const rest = text.replace(ESTIMATE_IN_NOTE, '').replace(/[\s,;]+$/, '').trim();
  return { note: rest || undefined, estimate: true };
}

function parseNotation(text: string, metric: Metric): CellResult {
  const hidden = UNDISCLOSED.exec(text.trim());
  if (hidden) {
    const note = hidden[1]?.trim();
    return { ok: true, cell: note ? { kind: 'undisclosed', note } : { kind: 'undisclosed' } };
  }
  const match = NOTATION.exec(text.trim());
  if (!match) return { ok: false, expected: expectedFor(metric) };
  const [, tilde, digits, suffix, noteText] = match;
  let value = Number(digits);
  if (suffix === '%') {
    if (metric.format !== 'percent') {
      return { ok: false, expected: `no "%": this metric is not a percentage; ${expectedFor(metric)}` };
    }
  } else if (suffix) {
    if (metric.format !== 'compact') {
      return { ok: false, expected: `no "${suffix}" suffix: only compact metrics take K, M, B or T; ${expectedFor(metric)}` };
    }
    value *= SUFFIX[suffix]!;
    // 1.76 × 1e12 is 1760000000000.0002 in binary floating point; keep what the editor wrote.
    value = Number(value.toPrecision(12));
  }
  const { note, estimate } = splitNote(noteText);
  return { ok: true, cell: { kind: 'value', value, approx: Boolean(tilde), estimate, ...(note ? { note } : {}) } };
}

/**
 * The largest figure a table takes, whatever the metric: a thousand trillion (1,000T parameters,
 * or 10^15 of anything). Past it, a typo such as 1e300 would be written out as hundreds of digits.
 */
export const LARGEST_FIGURE = 1e15;

function checkRange(cell: Cell, metric: Metric): CellResult {
  if (cell.kind !== 'value') return { ok: true, cell };
  if (!(Math.abs(cell.value) <= LARGEST_FIGURE)) {
    return { ok: false, expected: `a figure of at most 1,000,000,000,000,000 (10^15) either side of zero` };
  }
  const { min, max } = rangeOf(metric);
  if ((min !== undefined && cell.value < min) || (max !== undefined && cell.value > max)) {
    return { ok: false, expected: `a value ${describeRange(metric)}` };
  }
  return { ok: true, cell };
}

/** Parses one figure of a comparison table and checks it against its metric. */
export function parseCell(input: CellInput, metric: Metric): CellResult {
  if (typeof input === 'number') {
    return checkRange({ kind: 'value', value: input, approx: false, estimate: false }, metric);
  }
  if (typeof input === 'string') {
    const parsed = parseNotation(input, metric);
    return parsed.ok ? checkRange(parsed.cell, metric) : parsed;
  }
  const inner = parseCell(input.value, metric);
  if (!inner.ok) return inner;
  const cell = inner.cell;
  if (input.note !== undefined) {
    if (cell.note !== undefined) {
      return { ok: false, expected: 'one note: either in parentheses inside "value" or in "note", not both' };
    }
    cell.note = input.note;
  }
  if (cell.kind === 'value') {
    if (input.approx !== undefined) cell.approx = input.approx || cell.approx;
    if (input.estimate !== undefined) cell.estimate = input.estimate || cell.estimate;
  } else if (input.approx || input.estimate) {
    return { ok: false, expected: 'an undisclosed value cannot also be approximate or an estimate' };
  }
  return { ok: true, cell };
}
