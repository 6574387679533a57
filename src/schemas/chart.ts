import { z } from 'astro/zod';

const metricId = z.string().trim().min(1);

/**
 * A chart of a story's comparison, declared in frontmatter (`charts:`) or placed in the body
 * (`<Chart type="bar" metric="mmlu" />`). Metric ids must be columns of the story's comparison.
 */
export const chartSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** One metric, one bar a model. */
      type: z.literal('bar'),
      metric: metricId,
    })
    .strict(),
  z
    .object({
      /** Several metrics of one unit side by side, a group of bars a model. */
      type: z.literal('grouped'),
      metrics: z.array(metricId).min(2),
    })
    .strict(),
  z
    .object({
      /** Two metrics against each other, one point a model (latency against MMLU). */
      type: z.literal('scatter'),
      x: metricId,
      y: metricId,
    })
    .strict(),
]);

export type ChartSpec = z.infer<typeof chartSchema>;
