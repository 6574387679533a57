import { z } from 'astro/zod';

/** A link about a model: its announcement, model card or paper. */
export const modelLinkSchema = z
  .object({
    /** The page's own title, as written by its publisher. */
    title: z.string().trim().min(1),
    /** Absolute http(s) address. */
    url: z.url({ protocol: /^https?$/ }),
  })
  .strict();

/**
 * A model the site's tables can show as a row: `content/models/<id>.yaml`.
 * The file name is the id stories use.
 */
export const modelSchema = z
  .object({
    /** The model's name as its maker writes it ("Claude 3 Opus"). */
    name: z.string().trim().min(1),
    /** The company or lab that makes it ("Anthropic"). */
    vendor: z.string().trim().min(1),
    /** First public release, YYYY-MM-DD; leave it out when no date was published. */
    released: z.coerce.date().optional(),
    /** Primary sources about the model. */
    links: z.array(modelLinkSchema).default([]),
  })
  .strict();

export type Model = z.infer<typeof modelSchema>;
