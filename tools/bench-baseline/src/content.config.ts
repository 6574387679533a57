import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${process.env.FB_CONTENT_DIR}/articles` }),
  schema: z.object({ title: z.string() }).passthrough(),
});

export const collections = { articles };
