/**
 * Charts of a story's comparison: checked against the comparison, then turned into plain data the
 * browser draws. The same `Comparison` feeds the table, so a figure cannot differ between them.
 */
import { chartSchema, type ChartSpec } from '../schemas/chart.ts';
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { t } from '../i18n/index.ts';
import { chartSummary } from './chart-summary.ts';
import type { Comparison } from './story.ts';

/** A `<Chart>`'s props as a chart (`metrics="a,b"` is a list), or `undefined` when they make none. */
export function chartSpecOf(props: Record<string, unknown>): ChartSpec | undefined {
  const spec = typeof props.metrics === 'string' ? { ...props, metrics: props.metrics.split(',').map((m) => m.trim()) } : props;
  const parsed = chartSchema.safeParse(spec);
  return parsed.success ? parsed.data : undefined;
}

/** Why a chart cannot be drawn from this comparison, or `undefined` when it can. */
export function chartProblem(spec: ChartSpec, comparison: Comparison | undefined, metrics: ReadonlyMap<string, Metric>): string | undefined {
  if (!comparison) return 'a story with a "comparison": charts are drawn from it';
  const ids = spec.type === 'bar' ? [spec.metric] : spec.type === 'grouped' ? spec.metrics : [spec.x, spec.y];
  const missing = ids.filter((id) => !comparison.metrics.includes(id));
  if (missing.length) return `metric ids among the comparison's columns (${comparison.metrics.join(', ')}); not ${missing.join(', ')}`;
  if (spec.type === 'grouped') {
    const units = new Set(ids.map((id) => `${metrics.get(id)!.format}/${metrics.get(id)!.unit?.en ?? ''}`));
    if (units.size > 1) return 'metrics of one format and unit for grouped bars, which share one axis';
  }
  if (spec.type === 'scatter' && spec.x === spec.y) return 'two different metrics for a scatter';
  return undefined;
}

/** How the browser writes the numbers of an axis. */
export interface AxisData {
  title: string;
  format: Metric['format'];
  decimals: number;
}

export interface SeriesData {
  /** The metric's label (grouped bars) or the model name (scatter). */
  label: string;
  /** One value a category; `null` is a gap: undisclosed, never zero. */
  values: (number | null)[];
  estimate: boolean[];
  approx: boolean[];
}

export interface PointData {
  model: string;
  x: number;
  y: number;
  estimate: boolean;
}

export interface ChartData {
  kind: ChartSpec['type'];
  lang: Lang;
  title: string;
  /** One sentence in the page's language; the figure's caption and the canvas's label. */
  summary: string;
  x?: AxisData;
  y: AxisData;
  /** Bars run sideways, a row a model, for a ranking read top to bottom (a metric's leaderboard). */
  horizontal?: boolean;
  /** Model names, for bars. */
  categories: string[];
  /** Decimals for each category's figures, where categories are metrics of different precision. */
  categoryDecimals?: number[];
  series: SeriesData[];
  points: PointData[];
  /** Figures not drawn, by model, in words ("Claude 3 Opus: undisclosed"). */
  gaps: string[];
  /** The words written beside a drawn figure that is approximate or an estimate. */
  marks: { approx: string; estimate: string };
}

/** A metric's name with its unit, as an axis or a chart names it: "平均推理延迟（毫秒）", "Latency (ms)". */
export function axisTitle(metric: Metric, lang: Lang): string {
  const unit = metric.unit?.[lang];
  return unit ? t(lang, 'chart.axis', { label: metric.label[lang], unit }) : metric.label[lang];
}

/** The words the browser writes beside a drawn figure: "约"/"~" before it, "估计"/"est." after it. */
export function chartMarks(lang: Lang): ChartData['marks'] {
  return { approx: t(lang, 'chart.markApprox'), estimate: t(lang, 'chart.markEstimate') };
}

function axis(metric: Metric, lang: Lang): AxisData {
  return { title: axisTitle(metric, lang), format: metric.format, decimals: metric.decimals };
}

export function chartData(
  spec: ChartSpec,
  comparison: Comparison,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
  lang: Lang,
): ChartData {
  const separator = t(lang, 'list.separator');
  // Model and metric names are kept as written: no space added where Chinese meets them.
  const gap = (model: string, metricLabels?: string) =>
    metricLabels === undefined ? t(lang, 'chart.gapUndisclosed', { model }) : t(lang, 'chart.gapMetrics', { model, metrics: metricLabels }, { spacing: false });
  const name = (id: string) => models.get(id)!.name;
  const gaps: string[] = [];
  const summary = chartSummary(spec, comparison, models, metrics, lang);

  if (spec.type === 'scatter') {
    const [mx, my] = [metrics.get(spec.x)!, metrics.get(spec.y)!];
    const points: PointData[] = [];
    for (const row of comparison.rows) {
      const [cx, cy] = [row.cells[spec.x]!, row.cells[spec.y]!];
      if (cx.kind === 'value' && cy.kind === 'value') {
        points.push({ model: name(row.model), x: cx.value, y: cy.value, estimate: cx.estimate || cy.estimate });
      } else {
        const hidden = [cx.kind === 'undisclosed' ? mx : undefined, cy.kind === 'undisclosed' ? my : undefined].filter(Boolean) as Metric[];
        gaps.push(gap(name(row.model), hidden.map((m) => m.label[lang]).join(separator)));
      }
    }
    return {
      kind: 'scatter',
      lang,
      title: t(lang, 'chart.versus', { y: my.label[lang], x: mx.label[lang] }, { spacing: false }),
      summary,
      x: axis(mx, lang),
      y: axis(my, lang),
      categories: [],
      series: [],
      points,
      gaps,
      marks: chartMarks(lang),
    };
  }

  const ids = spec.type === 'bar' ? [spec.metric] : spec.metrics;
  const first = metrics.get(ids[0]!)!;
  const series = ids.map((id): SeriesData => {
    const metric = metrics.get(id)!;
    const cells = comparison.rows.map((row) => row.cells[id]!);
    comparison.rows.forEach((row, i) => {
      if (cells[i]!.kind === 'undisclosed') {
        gaps.push(gap(name(row.model), spec.type === 'bar' ? undefined : metric.label[lang]));
      }
    });
    return {
      label: metric.label[lang],
      values: cells.map((c) => (c.kind === 'value' ? c.value : null)),
      estimate: cells.map((c) => c.kind === 'value' && c.estimate),
      approx: cells.map((c) => c.kind === 'value' && c.approx),
    };
  });
  const yAxis = spec.type === 'bar' ? axis(first, lang) : { ...axis(first, lang), title: first.unit?.[lang] ?? (first.format === 'percent' ? '%' : '') };
  return {
    kind: spec.type,
    lang,
    title: spec.type === 'bar' ? axis(first, lang).title : series.map((s) => s.label).join(separator),
    summary,
    y: yAxis,
    categories: comparison.rows.map((row) => name(row.model)),
    series,
    points: [],
    gaps,
    marks: chartMarks(lang),
  };
}
