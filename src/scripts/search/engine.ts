/**
 * Pagefind, loaded on the first search and never before. One Pagefind instance a language, each
 * on its own bundle with its own index and word analysis; the page's language is searched first
 * and the other on request, and their results are merged by score.
 */
import { HIGHLIGHT_PARAM, searchBundle as bundle } from './constants.ts';
import { normalizeQuery } from './query.ts';

type Lang = 'zh' | 'en';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface Hit {
  url: string;
  title: string;
  /** HTML from Pagefind: the text around the match, escaped, with the matched words in <mark>. */
  excerpt: string;
  date?: string;
  lang: Lang;
  score: number;
}

export interface SearchRequest {
  query: string;
  /** Search the other language's stories as well. */
  both: boolean;
  /** Chosen values a filter: `{ tag: ['OpenAI'] }`; values of one filter are alternatives. */
  filters: Record<string, string[]>;
  sort: 'relevance' | 'newest';
}

export interface SearchResponse {
  hits: Hit[];
  /** Counts of each filter value among the results, for the facets. */
  facets: Record<string, Record<string, number>>;
}

const RANKING = { pageLength: 0.1, termSaturation: 1.6 };

let loading: Promise<PagefindModule> | undefined;
const instances = new Map<Lang, Promise<PagefindInstance | undefined>>();

function pagefindModule(lang: Lang): Promise<PagefindModule> {
  // Served from the build output, outside the bundle: the index and its code are written together.
  // Every bundle holds the same code; the first bundle searched provides it.
  if (!loading) {
    loading = import(/* @vite-ignore */ `${bundle(lang)}pagefind.js`) as Promise<PagefindModule>;
    // A failed load is tried again on the next search, not remembered.
    loading.catch(() => (loading = undefined));
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

/** One instance a language, each on its own bundle (which holds that language's index alone). */
function instance(lang: Lang): Promise<PagefindInstance | undefined> {
  let made = instances.get(lang);
  if (!made) {
    made = hasBundle(lang).then(async (exists) => {
      if (!exists) return undefined;
      const pagefind = await pagefindModule(lang);
      const created = pagefind.createInstance({ basePath: bundle(lang) });
      await created.options({
        highlightParam: HIGHLIGHT_PARAM,
        excerptLength: 24,
        // Our stories are long analyses: with Pagefind's default length penalty (0.75) a short page
        // that mentions a word in passing outranks the story about it, and with its default
        // saturation (1.1) a few passing mentions count as much as a word in the story's table.
        // The query set in tests/browser/search.test.ts measured these values.
        ranking: RANKING,
      });
      await created.init();
      // Loads the filter index: without it Pagefind returns results but no facet counts.
      await created.filters();
      return created;
    });
    instances.set(lang, made);
    made.catch(() => instances.delete(lang));
  }
  return made;
}

function merge(target: Record<string, Record<string, number>>, source: Record<string, Record<string, number>>) {
  for (const [name, values] of Object.entries(source)) {
    const into = (target[name] ??= {});
    for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
  }
}

export async function runSearch(pageLang: Lang, request: SearchRequest, limit = 30): Promise<SearchResponse> {
  const langs: Lang[] = request.both ? [pageLang, pageLang === 'zh' ? 'en' : 'zh'] : [pageLang];
  const query = normalizeQuery(request.query);
  const options = {
    filters: Object.fromEntries(Object.entries(request.filters).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }])),
    ...(request.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
  };
  const responses = await Promise.all(
    langs.map(async (lang) => {
      const searcher = await instance(lang);
      return { lang, response: searcher ? await searcher.search(query || null, options) : { results: [], filters: {}, totalFilters: {} } };
    }),
  );
  const facets: Record<string, Record<string, number>> = {};
  const ranked = responses.flatMap(({ lang, response }) => {
    merge(facets, response.filters);
    return response.results.map((result) => ({ lang, result }));
  });
  if (request.sort !== 'newest') ranked.sort((a, b) => b.result.score - a.result.score);
  const hits = await Promise.all(
    ranked.slice(0, limit).map(async ({ lang, result }) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        excerpt: data.excerpt,
        ...(data.meta.date ? { date: data.meta.date } : {}),
        lang,
        score: result.score,
      };
    }),
  );
  if (request.sort === 'newest') hits.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return { hits, facets };
}
