/**
 * The comparison table as rows and columns ready to render in one language: labels, formatted
 * figures, and which figure is best in each column. Charts and downloads read the same `Comparison`.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { viewCell, type CellView } from './format.ts';
import type { Comparison } from './story.ts';

export interface ColumnView {
  id: string;
  label: string;
  unit?: string;
  description?: string;
  better: Metric['better'];
}

export interface RowView {
  modelId: string;
  name: string;
  vendor: string;
  cells: (CellView & { best: boolean })[];
}

export interface TableView {
  columns: ColumnView[];
  rows: RowView[];
  /** Marks used anywhere in the table, so the legend explains only those. */
  uses: { approx: boolean; estimate: boolean; undisclosed: boolean; best: boolean };
}

/** The best figure of a column: only where a direction is better and two or more figures compete. */
function bestValue(comparison: Comparison, metricId: string, metric: Metric): number | undefined {
  if (metric.better === 'neutral') return undefined;
  const values = comparison.rows.flatMap((row) => {
    const cell = row.cells[metricId];
    return cell?.kind === 'value' ? [cell.value] : [];
  });
  if (values.length < 2) return undefined;
  return metric.better === 'higher' ? Math.max(...values) : Math.min(...values);
}

export function tableView(
  comparison: Comparison,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
  lang: Lang,
): TableView {
  const columns = comparison.metrics.map((id): ColumnView => {
    const metric = metrics.get(id)!;
    return {
      id,
      label: metric.label[lang],
      ...(metric.unit ? { unit: metric.unit[lang] } : {}),
      ...(metric.description ? { description: metric.description[lang] } : {}),
      better: metric.better,
    };
  });
  const best = new Map(comparison.metrics.map((id) => [id, bestValue(comparison, id, metrics.get(id)!)]));
  const uses = { approx: false, estimate: false, undisclosed: false, best: false };
  const rows = comparison.rows.map((row): RowView => {
    const model = models.get(row.model)!;
    const cells = comparison.metrics.map((id) => {
      const cell = row.cells[id]!;
      const view = viewCell(cell, metrics.get(id)!, lang);
      const isBest = cell.kind === 'value' && best.get(id) === cell.value;
      uses.approx ||= view.approx;
      uses.estimate ||= view.estimate;
      uses.undisclosed ||= view.kind === 'undisclosed';
      uses.best ||= isBest;
      return { ...view, best: isBest };
    });
    return { modelId: row.model, name: model.name, vendor: model.vendor, cells };
  });
  return { columns, rows, uses };
}
