import { z } from 'astro/zod';
import { chartSchema } from './chart.ts';
import { comparisonSchema } from './comparison.ts';
import { langSchema, localizedSchema } from './localized.ts';
import { ID_PATTERN } from './id.ts';

/** One question and its answer, shown on the page and published as FAQPage data. */
export const faqItemSchema = z
  .object({
    /** The question, as a reader would ask it. */
    q: z.string().trim().min(1),
    /** The answer: plain text, one or more sentences. */
    a: z.string().trim().min(1),
  })
  .strict();

/** A source the story draws on. */
export const sourceSchema = z
  .object({
    /** The source's own title. */
    title: z.string().trim().min(1),
    /** Absolute http(s) address. */
    url: z.url({ protocol: /^https?$/ }),
    /** Who published it ("OpenAI", "arXiv"). */
    publisher: z.string().trim().min(1).optional(),
    /** What the story takes from it, per language or the same in both ("GPT-4 MMLU scores"). */
    note: z.union([z.string().trim().min(1), localizedSchema]).optional(),
  })
  .strict();

const slugSchema = z.string().regex(ID_PATTERN, 'a story slug: lowercase letters, digits and single hyphens');

/**
 * Language-neutral facts of a story. They are written once, usually in the story's original
 * language file; a translation may repeat one, and then the values must agree.
 */
export const storyFactsShape = {
  /** First publication, YYYY-MM-DD. */
  date: z.coerce.date(),
  /** Last substantial update, YYYY-MM-DD; shown as "updated" when set. */
  updated: z.coerce.date(),
  /** Tag ids from `content/tags.yaml`, most important first. */
  tags: z.array(z.string().trim().min(1)).min(1),
  /** The model comparison table, charts and downloads are drawn from. */
  comparison: comparisonSchema,
  /** Charts of the comparison, drawn after its table. */
  charts: z.array(chartSchema),
  /** Slugs of stories to read next, in the order to show them. */
  related: z.array(slugSchema),
  /** What the story draws on. */
  sources: z.array(sourceSchema),
  /** A draft shows in `npm run dev` only: the production build, feeds, sitemap and search leave it out. */
  draft: z.boolean(),
};

/**
 * The frontmatter of one language file, `content/articles/<slug>/<lang>.mdx`.
 * Unknown fields stop the build, so a misspelt field is never silently ignored.
 */
export const articleFileSchema = z
  .object({
    /** The headline, in this file's language. */
    title: z.string().trim().min(1),
    /** The lede: one or two sentences shown under the title, in lists, feeds and search. */
    summary: z.string().trim().min(1),
    /** Questions and answers shown at the end of the story, in this file's language. */
    faq: z.array(faqItemSchema).default([]),
    /** Caption of the comparison table, in this file's language. */
    tableCaption: z.string().trim().min(1).optional(),
    date: storyFactsShape.date.optional(),
    updated: storyFactsShape.updated.optional(),
    tags: storyFactsShape.tags.optional(),
    comparison: storyFactsShape.comparison.optional(),
    charts: storyFactsShape.charts.optional(),
    related: storyFactsShape.related.optional(),
    sources: storyFactsShape.sources.optional(),
    draft: storyFactsShape.draft.optional(),
    /**
     * In a translation: the original's language and its hash when this file was translated.
     * Written by `npm run i18n -- --stamp <slug> <lang>`, not by hand.
     */
    translated: z
      .object({ from: langSchema, hash: z.string().regex(/^[0-9a-f]{12}$/, 'a 12-digit hash written by npm run i18n') })
      .strict()
      .optional(),
  })
  .strict();

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type StoryFactKey = keyof typeof storyFactsShape;
export const STORY_FACT_KEYS = Object.keys(storyFactsShape) as StoryFactKey[];
