/**
 * Pagefind, loaded on the first search and never before: one instance a language, each on its
 * own bundle with its own index and word analysis.
 */
import { HIGHLIGHT_PARAM, searchBundle as bundle } from './constants.ts';

import type { Lang } from '../../i18n/languages.ts';

export type { Lang };

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** A bundle's pagefind.js: its functions act on the one instance of that module. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** An instance and its filter index, which Pagefind needs loaded to count facets. */
export interface Searcher {
  pagefind: PagefindModule;
  filtersLoaded: Promise<unknown>;
}

// Our stories are long analyses: with Pagefind's default length penalty (0.75) a short page that
// mentions a word in passing outranks the story about it, and with its default saturation (1.1) a
// few passing mentions count as much as a word in the story's table. The query set in
// tests/browser/search.test.ts measured these values.
const RANKING = { pageLength: 0.1, termSaturation: 1.6 };

const modules = new Map<Lang, Promise<PagefindModule>>();
const searchers = new Map<Lang, Promise<Searcher | undefined>>();

/**
 * Each language's bundle serves its own copy of Pagefind's code, and each is loaded as a module of
 * its own, whose own instance (its base path that of the module) searches that bundle. Pagefind
 * keeps one web worker and one WebAssembly state per module: two instances made from one module
 * share them and corrupt each other's index (Pagefind 1.6: "memory access out of bounds" on about
 * half of the searches of both languages). The second copy is fetched only when a reader includes
 * the other language. The search page opened with a query has fetched the module already
 * (search-warm.ts): this import takes that one.
 */
function pagefindModule(lang: Lang): Promise<PagefindModule> {
  let loading = modules.get(lang);
  if (!loading) {
    loading = import(/* @vite-ignore */ `${bundle(lang)}pagefind.js`) as Promise<PagefindModule>;
    modules.set(lang, loading);
    // A failed load is tried again on the next search, not remembered.
    loading.catch(() => modules.delete(lang));
  }
  return loading;
}

/** A language with no published story has no bundle: its search finds nothing, not an error. */
async function hasBundle(lang: Lang): Promise<boolean> {
  const response = await fetch(`${bundle(lang)}pagefind-entry.json`);
  if (response.status === 404) return false;
  if (!response.ok) throw new Error(`search index: ${response.status} for ${response.url}`);
  return true;
}

/** The language's instance, made on first use; undefined for a language without a bundle. */
export function searcher(lang: Lang): Promise<Searcher | undefined> {
  let made = searchers.get(lang);
  if (!made) {
    made = pagefindModule(lang).then(async (pagefind) => {
      // Set before its start, they reach its worker as it starts; after, in a message of their own.
      await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, ranking: RANKING });
      await pagefind.init();
      const filtersLoaded = pagefind.filters();
      filtersLoaded.catch(() => {});
      return { pagefind, filtersLoaded };
    }, async (error: unknown) => {
      // Asked only when Pagefind's code would not load, so a normal search costs no extra request.
      if (!(await hasBundle(lang))) return undefined;
      throw error;
    });
    searchers.set(lang, made);
    made.catch(() => searchers.delete(lang));
  }
  return made;
}
