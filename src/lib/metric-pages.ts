/**
 * What a metric page shows, from the reports of every published story: which metrics get a page,
 * the chart of a leaderboard, and the disagreements beside a model's figure.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { chartData, type ChartData } from './charts.ts';
import type { Disagreement, Report } from './metric-figures.ts';
import type { Story, Translation } from './story.ts';

/**
 * Rows of a metric's history a page. A history is a table read by scanning and searching in the
 * page, so a page holds many rows; at 100 the largest history page of the 5,000-story benchmark
 * stays far under the 30 KB gzip budget, with a fifth of the pages 20 rows would need.
 */
export const HISTORY_PAGE_SIZE = 100;

/** Metrics some published story reports: each gets a page. */
export function metricsWithPages(reports: Report[]): Set<string> {
  return new Set(reports.map((r) => r.metric));
}

/** A bar a model, sideways, in the leaderboard's order (best at the top), drawn as the story charts are. */
export function leaderboardChart(board: Report[], metricId: string, models: ReadonlyMap<string, Model>, metrics: ReadonlyMap<string, Metric>, lang: Lang): ChartData {
  const comparison = { metrics: [metricId], rows: board.map((r) => ({ model: r.model, cells: { [metricId]: r.cell } })) };
  return { ...chartData({ type: 'bar', metric: metricId }, comparison, models, metrics, lang), horizontal: true };
}

/** The disagreement about each model's figure for one metric, by model id. */
export function disagreementsByModel(found: Disagreement[], metricId: string): Map<string, Disagreement> {
  return new Map(found.filter((d) => d.metric === metricId).map((d) => [d.model, d]));
}

/** The story's version to link in `lang`: its own, or the one it has. */
export function storyIn(story: Story, lang: Lang): Translation {
  return story.translations[lang] ?? story.translations[story.langs[0]!]!;
}

/** How many differing figures a disagreement names beside a figure; the rest are counted. */
export const DISAGREEMENT_FIGURES = 3;

/** The newest figures of a disagreement to name, and how many more there are. */
export function disagreementShown(d: Disagreement): { figures: Report[]; more: number } {
  return { figures: d.figures.slice(0, DISAGREEMENT_FIGURES), more: Math.max(0, d.figures.length - DISAGREEMENT_FIGURES) };
}
