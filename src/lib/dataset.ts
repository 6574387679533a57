/**
 * A story's comparison as downloadable data: one record a figure, in the metric's base unit, with
 * its flags, and the story's sources. CSV and JSON carry the same records.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { noteText, viewCell, isoDate } from './format.ts';
import type { Story } from './stories.ts';

export interface DataRecord {
  model_id: string;
  model: string;
  vendor: string;
  metric_id: string;
  metric: string;
  /** "%" for percentages, the metric's unit in the page language, or "" for plain counts. */
  unit: string;
  /** The figure in the metric's base unit; `null` when undisclosed. */
  value: number | null;
  /** The figure as the table shows it. */
  display: string;
  approximate: boolean;
  estimate: boolean;
  undisclosed: boolean;
  note: string;
}

export interface StoryDataset {
  story: string;
  title: string;
  language: Lang;
  published: string;
  updated?: string;
  url: string;
  records: DataRecord[];
  sources: { title: string; url: string; publisher?: string; note?: string }[];
}

export function datasetOf(
  story: Story,
  lang: Lang,
  url: string,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
): StoryDataset {
  const comparison = story.comparison;
  const records: DataRecord[] = [];
  for (const row of comparison?.rows ?? []) {
    const model = models.get(row.model)!;
    for (const id of comparison!.metrics) {
      const metric = metrics.get(id)!;
      const cell = row.cells[id]!;
      const view = viewCell(cell, metric, lang);
      records.push({
        model_id: row.model,
        model: model.name,
        vendor: model.vendor,
        metric_id: id,
        metric: metric.label[lang],
        unit: metric.format === 'percent' ? '%' : (metric.unit?.[lang] ?? ''),
        value: cell.kind === 'value' ? cell.value : null,
        display: cell.kind === 'value' ? `${view.approx ? '~' : ''}${view.figure}` : '',
        approximate: view.approx,
        estimate: view.estimate,
        undisclosed: cell.kind === 'undisclosed',
        note: view.note ?? '',
      });
    }
  }
  const translation = story.translations[lang]!;
  return {
    story: story.slug,
    title: translation.title,
    language: lang,
    published: isoDate(story.date),
    ...(story.updated ? { updated: isoDate(story.updated) } : {}),
    url,
    records,
    sources: story.sources.map((s) => ({
      title: s.title,
      url: s.url,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.note ? { note: noteText(s.note, lang)! } : {}),
    })),
  };
}

const COLUMNS: (keyof DataRecord)[] = ['model_id', 'model', 'vendor', 'metric_id', 'metric', 'unit', 'value', 'display', 'approximate', 'estimate', 'undisclosed', 'note'];

/**
 * A spreadsheet runs a cell that begins with one of these as a formula (`=HYPERLINK(…)` sends
 * the reader's data away, `@SUM(…)`, `+…`, `-…` compute; a tab or carriage return first is read
 * past by some programs to reach one). Every text in the CSV comes from contributed content.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text that begins like a formula is neutralised as OWASP's CSV Injection page
 * advises: a single quote in front makes it text, and the field is quoted. That holds for the
 * `display` column too: "-0.5" there is the table's text, not a number, and letting through
 * whatever merely looks numeric is how injections get past a filter ("-1+1" is a formula); so it
 * reads "'-0.5", and the `value` column beside it holds -0.5 as a real number to compute with.
 * Numbers and booleans are never prefixed: a negative value stays a number.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const escaped = value.replace(/"/g, '""');
  if (FORMULA_START.test(value)) return `"'${escaped}"`;
  return /[",\n\r]/.test(value) ? `"${escaped}"` : value;
}

/**
 * RFC 4180 CSV, one row a figure, with a `source` column naming the story's sources (URLs, space
 * separated) so the file stands alone. Starts with a byte-order mark so spreadsheet programs read
 * Chinese as UTF-8.
 */
export function toCsv(dataset: StoryDataset): string {
  const sources = dataset.sources.map((s) => s.url).join(' ');
  const lines = [[...COLUMNS, 'sources'].join(',')];
  for (const record of dataset.records) {
    lines.push([...COLUMNS.map((c) => csvField(record[c])), csvField(sources)].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
