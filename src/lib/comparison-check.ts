/**
 * A story's comparison table, checked against the registries: every metric and model id known,
 * every cell a figure its metric accepts (`cell.ts`). Problems are collected, not thrown.
 */
import type { ComparisonInput } from '../schemas/comparison.ts';
import { parseCell, type Cell } from './cell.ts';
import type { Problem } from './problems.ts';
import type { Comparison, ComparisonRow, Registries } from './story.ts';
import { didYouMean } from './suggest.ts';

export function checkComparison(
  input: ComparisonInput,
  file: string,
  registries: Registries,
  problems: Problem[],
): Comparison {
  const metrics: string[] = [];
  input.metrics.forEach((id, index) => {
    if (metrics.includes(id)) {
      problems.push({ file, field: `comparison.metrics[${index}]`, value: id, expected: 'each metric once: a column cannot repeat' });
    } else if (registries.metrics.has(id)) metrics.push(id);
    else {
      problems.push({
        file,
        field: `comparison.metrics[${index}]`,
        value: id,
        expected: `a metric id from content/metrics/ (${[...registries.metrics.keys()].join(', ')})${didYouMean(String(id), registries.metrics.keys())}`,
      });
    }
  });
  const rows: ComparisonRow[] = [];
  for (const [model, values] of Object.entries(input.rows)) {
    const field = `comparison.rows.${model}`;
    if (!registries.models.has(model)) {
      problems.push({
        file,
        field,
        value: model,
        expected: `a model id from content/models/ (${[...registries.models.keys()].join(', ')})${didYouMean(model, registries.models.keys())}`,
      });
      continue;
    }
    const cells: Record<string, Cell> = {};
    for (const metricId of metrics) {
      const metric = registries.metrics.get(metricId)!;
      // Own keys only: a metric id such as "constructor" must not find Object's own members.
      const raw = Object.hasOwn(values, metricId) ? values[metricId] : undefined;
      if (raw === undefined) {
        problems.push({ file, field: `${field}.${metricId}`, value: undefined, expected: 'a value, or "undisclosed"' });
        continue;
      }
      const parsed = parseCell(raw, metric);
      if (parsed.ok) cells[metricId] = parsed.cell;
      else problems.push({ file, field: `${field}.${metricId}`, value: raw, expected: parsed.expected });
    }
    for (const [metricId, raw] of Object.entries(values)) {
      if (!input.metrics.includes(metricId)) {
        problems.push({
          file,
          field: `${field}.${metricId}`,
          value: raw,
          expected: `a metric listed in comparison.metrics (${input.metrics.join(', ')}); add "${metricId}" there or remove the value`,
        });
      }
    }
    rows.push({ model, cells });
  }
  return { metrics, rows };
}
