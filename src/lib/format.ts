/** Numbers, dates and figures written the way each language writes them. */
import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Cell, Note } from './cell.ts';

/** The BCP 47 tag for a site language, as used in `<html lang>`, hreflang and JSON-LD. */
export function localeOf(lang: Lang): string {
  return LANGUAGES[lang].tag;
}

/**
 * Intl formatters are costly to create (with ICU's Chinese data) and a build formats tens of
 * thousands of figures and dates, so each distinct formatter is made once (BENCHMARKS.md).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, compact: boolean, decimals: number): Intl.NumberFormat {
  const key = `${lang} ${compact} ${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = compact
      ? { notation: 'compact', maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    format = new Intl.NumberFormat(LANGUAGES[lang].intl, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A figure in the metric's format, without approximation marks: "86.4%", "320", "1.76T". */
export function formatNumber(value: number, metric: Metric, lang: Lang): string {
  const compact = metric.format === 'compact';
  const decimals = compact ? 2 : metric.decimals;
  // Zero has no sign: Intl writes -0 ("-0%" in a story) as "-0", and a small negative figure
  // that rounds to zero at the shown decimals as "-0.0". Intl's signDisplay: 'negative' does this
  // too, but throws a RangeError in older browsers (Firefox before 116, the 115 ESR among them),
  // and the charts format their axes with this function.
  const shown = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  const text = numberFormat(lang, compact, decimals).format(shown);
  return metric.format === 'percent' ? `${text}%` : text;
}

/** A note in the reader's language: notes written once serve both. */
export function noteText(note: Note | undefined, lang: Lang): string | undefined {
  if (note === undefined) return undefined;
  return typeof note === 'string' ? note : note[lang];
}

/** Everything the table needs to show one figure; the marks are rendered as words by the caller. */
export interface CellView {
  kind: Cell['kind'];
  /** The figure ("86.4%"), or empty when undisclosed. */
  figure: string;
  approx: boolean;
  estimate: boolean;
  note?: string;
}

export function viewCell(cell: Cell, metric: Metric, lang: Lang): CellView {
  const note = noteText(cell.note, lang);
  if (cell.kind === 'undisclosed') {
    return { kind: 'undisclosed', figure: '', approx: false, estimate: false, ...(note ? { note } : {}) };
  }
  return {
    kind: 'value',
    figure: formatNumber(cell.value, metric, lang),
    approx: cell.approx,
    estimate: cell.estimate,
    ...(note ? { note } : {}),
  };
}

/**
 * Each story's dates are shown on its own page, on every list and card that names it and in the
 * model charts: tens of thousands of times a build for a few thousand distinct dates. A long
 * date costs about 2 µs to format, an ISO date about 1 µs, a lookup 0.1 µs. Keyed weakly: each
 * string lives as long as its date object (the stories' dates, for the whole build).
 */
function memo(compute: (date: Date) => string): (date: Date) => string {
  const cache = new WeakMap<Date, string>();
  return (date) => {
    let text = cache.get(date);
    if (text === undefined) {
      text = compute(date);
      cache.set(date, text);
    }
    return text;
  };
}

/** "2026年11月29日" / "November 29, 2026", computed in UTC so the day never shifts. */
const dateFormats = new Map<Lang, (date: Date) => string>();
export function formatDate(date: Date, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    const intl = new Intl.DateTimeFormat(LANGUAGES[lang].intl, { dateStyle: 'long', timeZone: 'UTC' });
    format = memo((d) => intl.format(d));
    dateFormats.set(lang, format);
  }
  return format(date);
}

/** YYYY-MM-DD, for `<time datetime>` and structured data. */
export const isoDate: (date: Date) => string = memo((date) => date.toISOString().slice(0, 10));
