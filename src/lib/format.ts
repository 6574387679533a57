/** Numbers, dates and figures written the way each language writes them. */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Cell, Note } from './cell.ts';

/** Locales for Intl formatting. */
const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
/** Language tags for `<html lang>`, hreflang and structured data. */
const TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The BCP 47 tag for a site language, as used in `<html lang>`, hreflang and JSON-LD. */
export function localeOf(lang: Lang): string {
  return TAG[lang];
}

/** A figure in the metric's format, without approximation marks: "86.4%", "320", "1.76T". */
export function formatNumber(value: number, metric: Metric, lang: Lang): string {
  if (metric.format === 'compact') {
    return new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  }
  const digits = { minimumFractionDigits: metric.decimals, maximumFractionDigits: metric.decimals };
  const text = new Intl.NumberFormat(LOCALE[lang], digits).format(value);
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

/** "2026年11月29日" / "November 29, 2026", computed in UTC so the day never shifts. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** YYYY-MM-DD, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
