/**
 * What the site knows of one model across stories: every story whose comparison has it, the
 * figures each reported and when, and a chart of its percentage figures by story.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Cell } from './cell.ts';
import type { ChartData } from './charts.ts';
import { spokenValue } from './chart-summary.ts';
import { formatDate, viewCell, type CellView } from './format.ts';
import { sortNewestFirst, type Story } from './stories.ts';

export interface Coverage {
  story: Story;
  cells: Record<string, Cell>;
}

/**
 * The models that get a page and a line on the models index: those a story in `stories` reports.
 * A build passes the published stories only, so a model that only drafts report stays unannounced
 * (its name, vendor and release date would tell of the coming story), as does one that no story
 * reports yet: its page would have nothing to show.
 */
export function modelsWithPages(stories: Story[]): Set<string> {
  return new Set(stories.flatMap((story) => story.comparison?.rows.map((row) => row.model) ?? []));
}

/** Stories that report figures for `modelId`, newest first. */
export function coverageOf(stories: Story[], modelId: string): Coverage[] {
  return sortNewestFirst(stories).flatMap((story) => {
    const row = story.comparison?.rows.find((r) => r.model === modelId);
    return row ? [{ story, cells: row.cells }] : [];
  });
}

/** Metric ids reported for the model, in the order stories first list them. */
export function reportedMetrics(coverage: Coverage[]): string[] {
  const ids: string[] = [];
  for (const { story } of [...coverage].reverse()) {
    for (const id of story.comparison!.metrics) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** One row a story: its figure for each reported metric, or `undefined` where it has none. */
export function coverageRows(coverage: Coverage[], metricIds: string[], metrics: ReadonlyMap<string, Metric>, lang: Lang): (CellView | undefined)[][] {
  return coverage.map(({ cells }) => metricIds.map((id) => (cells[id] ? viewCell(cells[id], metrics.get(id)!, lang) : undefined)));
}

/**
 * Grouped bars of the model's percentage figures (they share one axis): a group a metric, a bar a
 * story. `undefined` when no story reports a percentage for it.
 */
export function modelChart(model: Model, coverage: Coverage[], metrics: ReadonlyMap<string, Metric>, lang: Lang): ChartData | undefined {
  const ids = reportedMetrics(coverage).filter((id) => metrics.get(id)!.format === 'percent');
  if (ids.length === 0) return undefined;
  const series = [...coverage].reverse().map(({ story, cells }) => ({
    label: formatDate(story.date, lang),
    values: ids.map((id) => (cells[id]?.kind === 'value' ? cells[id].value : null)),
    estimate: ids.map((id) => (cells[id]?.kind === 'value' ? cells[id].estimate : false)),
    approx: ids.map((id) => (cells[id]?.kind === 'value' ? cells[id].approx : false)),
  }));
  const latest = coverage[0]!;
  const figures = ids.flatMap((id) => {
    const cell = latest.cells[id];
    const metric = metrics.get(id)!;
    return cell?.kind === 'value' ? [`${metric.label[lang]} ${spokenValue(cell, metric, lang)}`] : [];
  });
  const date = formatDate(latest.story.date, lang);
  const summary =
    lang === 'zh'
      ? `${coverage.length} 篇报道给出了 ${model.name} 的数据；最近一篇（${date}）：${figures.join('，')}。`
      : `${coverage.length} ${coverage.length === 1 ? 'story reports' : 'stories report'} figures for ${model.name}; the latest (${date}): ${figures.join(', ')}.`;
  return {
    kind: 'grouped',
    lang,
    title: lang === 'zh' ? `${model.name} 的百分比指标（按报道）` : `${model.name}: percentage figures by story`,
    summary,
    y: { title: '%', format: 'percent', decimals: 1 },
    categories: ids.map((id) => metrics.get(id)!.label[lang]),
    categoryDecimals: ids.map((id) => metrics.get(id)!.decimals),
    series,
    points: [],
    gaps: [],
  };
}
