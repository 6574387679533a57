/**
 * Figures as downloadable data: one record a figure, in the metric's base unit, with its flags.
 * A story's download adds the story's sources; a metric's download, every figure of that metric
 * across the stories with the story each comes from. CSV and JSON carry the same records.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Cell } from './cell.ts';
import { noteText, viewCell, isoDate } from './format.ts';
import type { Report } from './metric-figures.ts';
import { storyIn } from './metric-pages.ts';
import type { Story } from './story.ts';
import { absoluteUrl, articlePath, metricPath } from './urls.ts';

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

/** A figure of `modelId` for `metricId` as a record, labelled in `lang`. */
function recordOf(
  modelId: string,
  metricId: string,
  cell: Cell,
  lang: Lang,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
): DataRecord {
  const model = models.get(modelId)!;
  const metric = metrics.get(metricId)!;
  const view = viewCell(cell, metric, lang);
  return {
    model_id: modelId,
    model: model.name,
    vendor: model.vendor,
    metric_id: metricId,
    metric: metric.label[lang],
    unit: metric.format === 'percent' ? '%' : (metric.unit?.[lang] ?? ''),
    value: cell.kind === 'value' ? cell.value : null,
    display: cell.kind === 'value' ? `${view.approx ? '~' : ''}${view.figure}` : '',
    approximate: view.approx,
    estimate: view.estimate,
    undisclosed: cell.kind === 'undisclosed',
    note: view.note ?? '',
  };
}

export function datasetOf(
  story: Story,
  lang: Lang,
  url: string,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
): StoryDataset {
  const comparison = story.comparison;
  const records = (comparison?.rows ?? []).flatMap((row) =>
    comparison!.metrics.map((id) => recordOf(row.model, id, row.cells[id]!, lang, models, metrics)),
  );
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

/** A figure of a metric's history: the record, and the story that reports it. */
export interface MetricRecord extends DataRecord {
  story: string;
  /** In the download's language, or the story's own when it has no version in it. */
  story_title: string;
  /** The language of `story_title` and of the page at `story_url`. */
  story_language: Lang;
  story_date: string;
  story_url: string;
}

export interface MetricDataset {
  metric: string;
  label: string;
  language: Lang;
  /** The metric's page. */
  url: string;
  records: MetricRecord[];
}

/**
 * Every figure the `reports` give for `metricId`, in their order (newest story first), labelled
 * in `lang`, each with the story that reports it, linked in the version a reader of `lang` gets.
 */
export function metricDatasetOf(
  metricId: string,
  reports: readonly Report[],
  lang: Lang,
  site: URL | string,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
): MetricDataset {
  return {
    metric: metricId,
    label: metrics.get(metricId)!.label[lang],
    language: lang,
    url: absoluteUrl(site, metricPath(lang, metricId)),
    records: reports
      .filter((report) => report.metric === metricId)
      .map((report) => {
        const translation = storyIn(report.story, lang);
        return {
          ...recordOf(report.model, metricId, report.cell, lang, models, metrics),
          story: report.story.slug,
          story_title: translation.title,
          story_language: translation.lang,
          story_date: isoDate(report.story.date),
          story_url: absoluteUrl(site, articlePath(translation.lang, report.story.slug)),
        };
      }),
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
  return csvTable([...COLUMNS, 'sources'], dataset.records.map((record) => [...COLUMNS.map((c) => record[c]), sources]));
}

const METRIC_COLUMNS: (keyof MetricRecord)[] = [...COLUMNS, 'story', 'story_title', 'story_language', 'story_date', 'story_url'];

/** A metric's history as CSV: the story download's columns, then the story of each figure. */
export function metricToCsv(dataset: MetricDataset): string {
  return csvTable(METRIC_COLUMNS, dataset.records.map((record) => METRIC_COLUMNS.map((c) => record[c])));
}

/** RFC 4180 rows under a header, every field through `csvField`, after a byte-order mark. */
function csvTable(header: string[], rows: Parameters<typeof csvField>[0][][]): string {
  const lines = [header.join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON download of either kind: pretty-printed, ending in a newline. */
export function toJson(dataset: StoryDataset | MetricDataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
