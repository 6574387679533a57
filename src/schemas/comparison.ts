import { z } from 'astro/zod';
import { localizedSchema } from './localized.ts';
import { showValue } from './show-value.ts';

const noteSchema = z.union([z.string().trim().min(1), localizedSchema]);

/**
 * One figure in a comparison table, in one of three spellings:
 * - a number: `86.4`;
 * - a string in the table notation: `"86.4%"`, `"~12%"` (approximate),
 *   `"~1.76T (MoE)"` (approximate, with a note), `"~2.1T (MoE est.)"` (an estimate),
 *   `"undisclosed"`;
 * - an object, when a note needs a translation:
 *   `{ value: "~1.76T", note: { zh: 优化版, en: optimized } }`.
 * What a value means (its range, whether `%` fits) is checked against the metric's registry entry.
 */
export const cellInputSchema = z.union([
  z.number(),
  z.string().trim().min(1),
  z
    .object({
      /** The figure, as a number or in the table notation. */
      value: z.union([z.number(), z.string().trim().min(1)]),
      /** A short note shown after the figure, per language or the same in both. */
      note: noteSchema.optional(),
      /** The figure is approximate (the same as a leading `~`). */
      approx: z.boolean().optional(),
      /** The figure is an estimate, not a published number (the same as `est.` in a note). */
      estimate: z.boolean().optional(),
    })
    .strict(),
], {
  // YAML's .nan and .inf are numbers to the parser but not figures: say so rather than "Invalid input".
  error: (issue) =>
    `${issue.input === undefined ? 'missing' : `the file has ${showValue(issue.input)}`}; expected a finite number, a figure in the table notation ("86.4%", "~1.76T (MoE)", "undisclosed") or { value, note }`,
});
export type CellInput = z.infer<typeof cellInputSchema>;

/**
 * A story's model comparison: rows are model ids from `content/models/`, columns metric ids from
 * `content/metrics/`. The table, its charts and its downloads are all drawn from this.
 */
export const comparisonSchema = z
  .object({
    /** Metric ids, in column order. */
    metrics: z.array(z.string().trim().min(1)).min(1),
    /**
     * One entry a model, in row order: the model id, then a value for every metric in `metrics`
     * (`undisclosed` where the maker has not published one).
     */
    rows: z
      .record(z.string().trim().min(1), z.record(z.string(), cellInputSchema))
      .refine((rows) => Object.keys(rows).length > 0, 'the file has {}; expected at least one model row: a table without rows has nothing to compare'),
  })
  .strict();
export type ComparisonInput = z.infer<typeof comparisonSchema>;
