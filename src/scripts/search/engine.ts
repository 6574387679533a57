/**
 * Pagefind, loaded on the first search and never before. One Pagefind instance a language, each
 * on its own bundle with its own index and word analysis; the page's language is searched first
 * and the other on request, and their results are merged by score (or by date). Results are loaded
 * a page at a time: each one shown costs a fetch of its text.
 */
import { HIGHLIGHT_PARAM, PAGE_SIZE, searchBundle as bundle } from './constants.ts';
import { normalizeQuery, withTypedWords } from './query.ts';

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
  /** How many stories were found; `hits` holds the first of them. */
  total: number;
  hits: Hit[];
  /** Counts of each filter value among the results, for the facets. */
  facets: Record<string, Record<string, number>>;
  /** The next `count` hits after those loaded so far, in the same order; fewer at the end. */
  next(count: number): Promise<Hit[]>;
}

const RANKING = { pageLength: 0.1, termSaturation: 1.6 };

const modules = new Map<Lang, Promise<PagefindModule>>();
const instances = new Map<Lang, Promise<PagefindInstance | undefined>>();

/**
 * Each language's bundle serves its own copy of Pagefind's code, and each is loaded as a module of
 * its own. Pagefind keeps one web worker and one WebAssembly state per module: two instances
 * made from one module share them and corrupt each other's index (Pagefind 1.6: "memory access
 * out of bounds" on about half of the searches of both languages). The second copy is fetched
 * only when a reader includes the other language.
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

/** One instance a language, each on its own bundle (which holds that language's index alone). */
function instance(lang: Lang): Promise<PagefindInstance | undefined> {
  let made = instances.get(lang);
  if (!made) {
    made = pagefindModule(lang).then(async (pagefind) => {
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
    }, async (error: unknown) => {
      // Asked only when Pagefind's code would not load, so a normal search costs no extra request.
      if (!(await hasBundle(lang))) return undefined;
      throw error;
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

/** A found story, with its text loaded once, when it is first shown (or compared by date). */
class Candidate {
  #hit?: Promise<Hit>;
  constructor(readonly lang: Lang, readonly result: PagefindResult, readonly query: string) {}

  hit(): Promise<Hit> {
    this.#hit ??= this.result.data().then((data) => ({
      url: withTypedWords(data.url, this.query, HIGHLIGHT_PARAM),
      title: data.meta.title ?? data.url,
      excerpt: data.excerpt,
      ...(data.meta.date ? { date: data.meta.date } : {}),
      lang: this.lang,
      score: this.result.score,
    }));
    return this.#hit;
  }
}

/**
 * By relevance, the languages' results are merged by score, which Pagefind gives without loading
 * anything more. By date, each language's results come newest first from Pagefind, and the two
 * lists are merged by the dates in the results' texts: loading a page of them means loading up to
 * a page from each language (what is not shown yet waits, loaded, for the next page).
 */
function pager(lists: Candidate[][], byDate: boolean): (count: number) => Promise<Hit[]> {
  if (!byDate || lists.length === 1) {
    const ranked = byDate ? lists[0]! : lists.flat().sort((a, b) => b.result.score - a.result.score);
    let shown = 0;
    return (count) => Promise.all(ranked.slice(shown, (shown += count)).map((c) => c.hit()));
  }
  const heads = lists.map(() => 0);
  return async (count) => {
    // Whichever list the next `count` come from, they are among the next `count` of each.
    const loaded = await Promise.all(lists.map((list, i) => Promise.all(list.slice(heads[i], heads[i]! + count).map((c) => c.hit()))));
    const hits: Hit[] = [];
    const taken = lists.map(() => 0);
    while (hits.length < count) {
      let pick = -1;
      loaded.forEach((hitsOf, i) => {
        const candidate = hitsOf[taken[i]!];
        // Ties go to the earlier list: the page's own language.
        if (candidate && (pick < 0 || (candidate.date ?? '') > (loaded[pick]![taken[pick]!]!.date ?? ''))) pick = i;
      });
      if (pick < 0) break;
      hits.push(loaded[pick]![taken[pick]!]!);
      taken[pick]!++;
    }
    taken.forEach((n, i) => (heads[i]! += n));
    return hits;
  };
}

export async function runSearch(pageLang: Lang, request: SearchRequest, first = PAGE_SIZE): Promise<SearchResponse> {
  const langs: Lang[] = request.both ? [pageLang, pageLang === 'zh' ? 'en' : 'zh'] : [pageLang];
  const query = normalizeQuery(request.query);
  const byDate = request.sort === 'newest';
  const options = {
    filters: Object.fromEntries(Object.entries(request.filters).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }])),
    ...(byDate ? { sort: { date: 'desc' } } : {}),
  };
  const responses = await Promise.all(
    langs.map(async (lang) => {
      const searcher = await instance(lang);
      return { lang, response: searcher ? await searcher.search(query || null, options) : { results: [], filters: {}, totalFilters: {} } };
    }),
  );
  const facets: Record<string, Record<string, number>> = {};
  for (const { response } of responses) merge(facets, response.filters);
  const lists = responses.map(({ lang, response }) => response.results.map((result) => new Candidate(lang, result, request.query)));
  const next = pager(lists, byDate);
  return { total: lists.reduce((n, list) => n + list.length, 0), hits: await next(first), facets, next };
}
