/**
 * What a model page shows, bounded whatever the coverage: the latest figure of each metric, a
 * small chart a metric over time, and the stories that report the model, a page of them at a time.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Cell } from './cell.ts';
import { axisTitle, chartMarks, type ChartData } from './charts.ts';
import { t } from '../i18n/index.ts';
import { spokenValue } from './chart-summary.ts';
import { formatDate } from './format.ts';
import type { Report } from './metric-figures.ts';
import { sortNewestFirst, type Story } from './story.ts';

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

/**
 * The latest figure of each metric reported for `modelId`, in the order the metrics first appear in
 * the site's stories (oldest story first), so the list reads the same from build to build.
 */
export function latestByMetric(reports: Report[], modelId: string): Report[] {
  const latest = new Map<string, Report>();
  for (const report of reports) {
    if (report.model === modelId && !latest.has(report.metric)) latest.set(report.metric, report);
  }
  // Reports come newest story first, each story's in its own column order: oldest story first, then.
  const byStory = new Map<Story, string[]>();
  for (const r of reports) byStory.set(r.story, [...(byStory.get(r.story) ?? []), r.metric]);
  const order = [...byStory.values()].reverse().flat();
  return [...latest.values()].sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric));
}

/** How many of a metric's latest reports a model page's small chart shows. */
export const TIMELINE_POINTS = 24;

/**
 * A small chart of one metric's figures for a model over time, oldest first, a bar a report
 * labelled with its story's date: only where at least two reports give a figure, and only the
 * latest `TIMELINE_POINTS`, so the page stays small whatever the coverage.
 */
export function metricTimeline(reports: Report[], model: Model, modelId: string, metricId: string, metric: Metric, lang: Lang): ChartData | undefined {
  const figures = reports.filter((r) => r.model === modelId && r.metric === metricId && r.cell.kind === 'value');
  if (figures.length < 2) return undefined;
  const shown = figures.slice(0, TIMELINE_POINTS).reverse();
  const cells = shown.map((r) => r.cell as Extract<Cell, { kind: 'value' }>);
  const label = metric.label[lang];
  const at = (r: Report, i: number) => ({ figure: spokenValue(cells[i]!, metric, lang), date: formatDate(r.story.date, lang) });
  const from = at(shown[0]!, 0);
  const to = at(shown.at(-1)!, shown.length - 1);
  const capped = figures.length > shown.length ? t(lang, 'chart.timelineCapped', { shown: shown.length }) : '';
  const summary = t(
    lang,
    'chart.timeline',
    { model: model.name, label, count: figures.length, capped, from: from.figure, fromDate: from.date, to: to.figure, toDate: to.date },
    // Written without spaces where Chinese meets the filled-in figures (unlike the story charts' summaries).
    { spacing: false },
  );
  const unit = metric.unit?.[lang];
  return {
    kind: 'bar',
    lang,
    title: axisTitle(metric, lang),
    summary,
    y: { title: unit ?? (metric.format === 'percent' ? '%' : label), format: metric.format, decimals: metric.decimals },
    categories: shown.map((r) => formatDate(r.story.date, lang)),
    series: [
      {
        label,
        values: cells.map((c) => c.value),
        estimate: cells.map((c) => c.estimate),
        approx: cells.map((c) => c.approx),
      },
    ],
    points: [],
    gaps: [],
    marks: chartMarks(lang),
  };
}
