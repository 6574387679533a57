// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import datasets from './src/integrations/datasets.ts';
import cards from './src/integrations/cards.ts';
import hostHeaders from './src/integrations/host-headers.ts';
import prerenderCleanup from './src/integrations/prerender-cleanup.ts';
import contentCheck from './src/integrations/content-check.ts';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkReadingTime } from './src/markdown/remark-reading-time.ts';
import { remarkContentOnly } from './src/markdown/remark-content-only.ts';
import { rehypeFootnotes } from './src/markdown/rehype-footnotes.ts';
import { fixSitemapEntry } from './src/build/sitemap.ts';
import { rehypeTableScroll } from './src/markdown/rehype-table-scroll.ts';
import { quietHeadInjectWarnings } from './src/build/bundler-warnings.ts';
import { cacheDir, contentDir, outDir, siteUrl, unwatched } from './src/build/site-env.ts';
import { storyPagesGlob } from './src/lib/urls.ts';
import { DEFAULT_LANG, LANGS, LANGUAGES } from './src/i18n/languages.ts';

/** URL prefix → hreflang, for the sitemap: every language of src/i18n/languages.ts. */
const SITEMAP_LANGUAGES = Object.fromEntries(LANGS.map((lang) => [lang, LANGUAGES[lang].tag]));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteUrl(),
  outDir: outDir(),
  cacheDir: cacheDir(),
  trailingSlash: 'always',
  // Two pages in flight: one renders while the other's file is written (faster page generation,
  // the same output, search index included: see BENCHMARKS.md).
  build: { format: 'directory', concurrency: 2 },
  markdown: {
    // Prism marks code with classes; Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: 'prism',
    // unified() rather than the default Sätteri: our own remark/rehype plugins need it.
    // GFM comes from remark-gfm, named here so the pipeline reads as it runs. A story body is
    // content, not code: remarkContentOnly refuses whatever MDX would run (src/lib/body-check.ts).
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkContentOnly, remarkGfm, remarkReadingTime],
      rehypePlugins: [rehypeTableScroll, rehypeFootnotes],
    }),
  },
  integrations: [
    // First: every content problem at once, as `npm run check` lists them, before Astro reads a file.
    contentCheck({ root: contentDir() }),
    mdx(),
    // CSV and JSON downloads of each story's figures.
    datasets(),
    // Social cards: /{lang}/articles/{slug}/og.png and /{lang}/og.png (src/lib/cards/).
    cards(),
    // A failed build leaves no compiled pages (drafts' text among them) in the output folder.
    prerenderCleanup(),
    // Pages under /zh/, /en/… with the same rest of the path are translations of each other:
    // the sitemap lists them with hreflang alternates.
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANG, locales: SITEMAP_LANGUAGES },
      // Side-by-side pages point search engines at the story itself (their canonical).
      filter: (page) => !/\/404\/?$|\/parallel\/$/.test(new URL(page).pathname),
      serialize: (item) => fixSitemapEntry(item, SITEMAP_LANGUAGES),
    }),
    // Story pages are searched, one search bundle a language: /pagefind/zh/, /pagefind/en/…
    pagefind({ bundles: Object.fromEntries(LANGS.map((lang) => [lang, storyPagesGlob(lang)])) }),
    // Last, when every file is written: the _headers file Cloudflare Pages and Netlify read, from
    // the pages' own policy. First, before the build: whether FB_SITE_URL is set (CI needs it).
    hostHeaders({ searchBundles: LANGS }),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits;
  // nothing else runs. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. No 'unsafe-inline'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    server: { watch: { ignored: unwatched() } },
    build: {
      rolldownOptions: { onwarn: quietHeadInjectWarnings },
    },
  },
});
