// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkReadingTime } from './src/lib/remark-reading-time.ts';
import { rehypeFootnotes } from './src/lib/rehype-footnotes.ts';
import { rehypeTableScroll } from './src/lib/rehype-table-scroll.ts';
import { cacheDir, outDir, siteUrl } from './src/lib/site-env.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteUrl(),
  outDir: outDir(),
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // unified() rather than the default Sätteri: our own remark/rehype plugins need it.
    // GFM comes from remark-gfm, named here so the pipeline reads as it runs.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, remarkReadingTime],
      rehypePlugins: [rehypeTableScroll, rehypeFootnotes],
    }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX modules carry an internal "use astro:head-inject" marker that the bundler
        // warns about once per story; the warning says nothing an editor can act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
