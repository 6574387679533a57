// The benchmark's baseline: a bare Astro MDX site over the same corpus, with the same Markdown
// processor (unified + remark-gfm), one page a story file and nothing else.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { quietHeadInjectWarnings } from '../../src/build/bundler-warnings.ts';

export default defineConfig({
  outDir: process.env.FB_OUT_DIR,
  cacheDir: process.env.FB_CACHE_DIR,
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // The site silences this per-story bundler warning; so does the baseline, or printing two
  // thousand warnings would count against it.
  vite: {
    build: {
      rolldownOptions: { onwarn: quietHeadInjectWarnings },
    },
  },
});
