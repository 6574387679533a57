/**
 * Figures followed across stories: every figure the published stories report for a model and a
 * metric, the latest of each model (a metric's leaderboard), and the places where stories disagree.
 * Pure, for the metric and model pages and for `npm run check`.
 */
import type { Metric } from '../schemas/metric.ts';
import type { Cell } from './cell.ts';
import { formatNumber } from './format.ts';
import { sortNewestFirst, type Story } from './story.ts';

export interface Report {
  model: string;
  metric: string;
  cell: Cell;
  story: Story;
}

/** Every figure of every story, newest story first, in each story's row and column order. */
export function reportsOf(stories: Story[]): Report[] {
  return sortNewestFirst(stories).flatMap((story) =>
    (story.comparison?.rows ?? []).flatMap((row) =>
      story.comparison!.metrics.flatMap((metric) => {
        const cell = row.cells[metric];
        return cell ? [{ model: row.model, metric, cell, story }] : [];
      }),
    ),
  );
}

/** The figure as the metric shows it: two reports disagree only when these differ. */
export function shownFigure(cell: Cell, metric: Metric): string | undefined {
  return cell.kind === 'value' ? formatNumber(cell.value, metric, 'en') : undefined;
}

/**
 * The latest report of each model for `metricId`, best first by the metric's `better` (highest
 * first for `higher` and `neutral`, lowest first for `lower`); undisclosed figures last, then by
 * model id, so the order never depends on the file system.
 */
export function leaderboard(reports: Report[], metricId: string, metric: Metric): Report[] {
  const latest = new Map<string, Report>();
  for (const report of reports) {
    if (report.metric === metricId && !latest.has(report.model)) latest.set(report.model, report);
  }
  const sign = metric.better === 'lower' ? 1 : -1;
  const valueOf = (r: Report) => (r.cell.kind === 'value' ? r.cell.value : undefined);
  return [...latest.values()].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.model.localeCompare(b.model);
    return sign * (x - y) || a.model.localeCompare(b.model);
  });
}

export interface Disagreement {
  model: string;
  metric: string;
  /** Each figure reported, with the newest story that reports it, newest first. */
  figures: Report[];
}

/**
 * Models and metrics whose stories report different figures (as the metric shows them: 86.40 and
 * 86.4 agree). The same figure repeated in many stories is not a disagreement.
 */
export function disagreements(reports: Report[], metrics: ReadonlyMap<string, Metric>): Disagreement[] {
  const groups = new Map<string, Map<string, Report>>();
  for (const report of reports) {
    const figure = shownFigure(report.cell, metrics.get(report.metric)!);
    if (figure === undefined) continue;
    const key = `${report.model}\u0000${report.metric}`;
    const byFigure = groups.get(key) ?? new Map<string, Report>();
    // Reports come newest first: the first story of each figure is its newest.
    if (!byFigure.has(figure)) byFigure.set(figure, report);
    groups.set(key, byFigure);
  }
  return [...groups.values()]
    .filter((byFigure) => byFigure.size > 1)
    .map((byFigure) => {
      const figures = [...byFigure.values()];
      return { model: figures[0]!.model, metric: figures[0]!.metric, figures };
    });
}

/**
 * The disagreements an editor should hear about: those whose newest figure carries no note saying
 * why it differs ("revised by the vendor", "new test set").
 */
export function unexplained(found: Disagreement[]): Disagreement[] {
  return found.filter((d) => d.figures[0]!.cell.note === undefined);
}
