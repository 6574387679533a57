import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';

/**
 * A metric a comparison table can show as a column: `content/metrics/<id>.yaml`.
 * The file name is the id stories use.
 */
export const metricSchema = z
  .object({
    /** Column heading and chart axis title, per language. */
    label: localizedSchema,
    /** What the metric measures, per language; shown as the column's description. */
    description: localizedSchema.optional(),
    /** Unit written after the label ("ms"); percentages and counts need none. */
    unit: localizedSchema.optional(),
    /**
     * How values are written: `percent` (86.4 → "86.4%"), `number` (320 → "320"),
     * `compact` (1.76e12 → "1.76T" / "1.76万亿").
     */
    format: z.enum(['percent', 'number', 'compact']),
    /** Digits after the decimal point for `percent` and `number`. */
    decimals: z.number().int().min(0).max(6).default(0),
    /** Which direction is better; `neutral` when neither is (a parameter count). */
    better: z.enum(['higher', 'lower', 'neutral']),
    /** Smallest valid value; a value below it stops the build. */
    min: z.number().optional(),
    /** Largest valid value; percentages are capped at 100 whatever this says. */
    max: z.number().optional(),
  })
  .strict()
  .superRefine((metric, ctx) => {
    if (metric.min !== undefined && metric.max !== undefined && metric.min > metric.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], input: metric.max, message: `the file has ${metric.max}; expected a max of at least min (${metric.min}): no value could be valid` });
    }
  });

export type Metric = z.infer<typeof metricSchema>;
