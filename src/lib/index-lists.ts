/**
 * The lists of the models and metrics index pages (`/{lang}/models/`, `/{lang}/metrics/`): which
 * entries, in what order, with the counts beside each.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Report } from './metric-figures.ts';
import { metricsWithPages } from './metric-pages.ts';
import { coverageOf, modelsWithPages } from './model-pages.ts';
import type { Story } from './story.ts';

/** Every model with a page, by vendor then name, with how many stories report it. */
export function modelList(stories: Story[], models: ReadonlyMap<string, Model>): { id: string; model: Model; stories: number }[] {
  return [...modelsWithPages(stories)]
    .map((id) => ({ id, model: models.get(id)!, stories: coverageOf(stories, id).length }))
    .sort((a, b) => a.model.vendor.localeCompare(b.model.vendor) || a.model.name.localeCompare(b.model.name));
}

/** Every metric with a page, by its label in `lang`, with how many models have a figure of it. */
export function metricList(reports: Report[], metrics: ReadonlyMap<string, Metric>, lang: Lang): { id: string; metric: Metric; models: number }[] {
  return [...metricsWithPages(reports)]
    .sort((a, b) => metrics.get(a)!.label[lang].localeCompare(metrics.get(b)!.label[lang], lang))
    .map((id) => ({ id, metric: metrics.get(id)!, models: new Set(reports.filter((r) => r.metric === id).map((r) => r.model)).size }));
}
