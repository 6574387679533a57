/**
 * Searches the page's language and, on request, the other, a page of results at a time: each
 * result shown costs a fetch of its text. A story found in both languages is listed once, its two
 * versions together (merge.ts), by relevance or newest first.
 */
import { HIGHLIGHT_PARAM, PAGE_SIZE } from './constants.ts';
import { storyOf, takeNext, type Ranked } from './merge.ts';
import { searcher, type Lang, type PagefindResult } from './pagefind-module.ts';
import { LANGS, LANGUAGES } from '../../i18n/languages.ts';
import { normalizeQuery, withTypedWords } from './query.ts';
import { hasTraditional } from './t2s-gate.ts';

export interface Hit {
  url: string;
  title: string;
  /** HTML from Pagefind: the text around the match, escaped, with the matched words in <mark>. */
  excerpt: string;
  date?: string;
  lang: Lang;
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

const otherLangs = (lang: Lang): Lang[] => LANGS.filter((l) => l !== lang);

/** The languages a request searches, the page's first. */
const langsOf = (pageLang: Lang, request: Pick<SearchRequest, 'both'>): Lang[] => (request.both ? [pageLang, ...otherLangs(pageLang)] : [pageLang]);

/**
 * The query as a language's index takes it: punctuation and script changes split; for the Chinese
 * index, traditional characters made simplified. The table (20 KB) loads only for a query that
 * has one: a query in simplified characters or Latin letters costs no extra download.
 */
async function queryFor(lang: Lang, query: string): Promise<string> {
  const normalized = normalizeQuery(query);
  if (!LANGUAGES[lang].foldsTraditional || !hasTraditional(normalized)) return normalized;
  const { toSimplified } = await import('./t2s.ts');
  return toSimplified(normalized);
}

function pagefindOptions(request: SearchRequest) {
  return {
    filters: Object.fromEntries(Object.entries(request.filters).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }])),
    ...(request.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
  };
}

/**
 * The language's instance, once it has loaded what the query needs: its filters (for the facet
 * counts) and the index chunks of the query's words, side by side.
 */
async function ready(lang: Lang, request: SearchRequest) {
  const [found, query] = await Promise.all([searcher(lang), queryFor(lang, request.query)]);
  if (found) await Promise.all([found.filtersLoaded, query && found.pagefind.preload(query, pagefindOptions(request))]);
  return { found, query };
}

function merge(target: Record<string, Record<string, number>>, source: Record<string, Record<string, number>>) {
  for (const [name, values] of Object.entries(source)) {
    const into = (target[name] ??= {});
    for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
  }
}

type Placed = Hit & Ranked;

/** A found story, with its text loaded once, when it is first shown or placed. */
class Candidate {
  #hit?: Promise<Placed>;
  /**
   * `query`: as the language's index took it, whose words the story's text holds; `best`: the
   * best score among its language's results.
   */
  constructor(readonly lang: Lang, readonly result: PagefindResult, readonly query: string, readonly best: number) {}

  hit(): Promise<Placed> {
    this.#hit ??= this.result.data().then((data) => ({
      url: withTypedWords(data.url, this.query, HIGHLIGHT_PARAM),
      title: data.meta.title ?? data.url,
      excerpt: data.excerpt,
      ...(data.meta.date ? { date: data.meta.date } : {}),
      lang: this.lang,
      story: storyOf(data.url),
      rank: this.best > 0 ? this.result.score / this.best : 0,
    }));
    return this.#hit;
  }
}

/**
 * Each list is in Pagefind's order: by score, or newest first. A page of `count` comes from the
 * next `count` of each list, loaded (what is not shown yet waits, loaded, for the next page), so
 * one language's results cost no more fetches than before; with both, a story's other version is
 * placed beside it when it is among those.
 */
function pager(lists: Candidate[][], byDate: boolean): (count: number) => Promise<Hit[]> {
  const waiting = lists.map((list) => list.slice());
  return async (count) => {
    const loaded = await Promise.all(waiting.map((list) => Promise.all(list.slice(0, count).map((c) => c.hit()))));
    const page = takeNext(loaded, count, byDate);
    const shown = new Set(page);
    waiting.forEach((list, i) => (waiting[i] = list.filter((_, j) => !shown.has(loaded[i]![j]!))));
    return page.map(({ story: _story, rank: _rank, ...hit }) => hit);
  };
}

export async function runSearch(pageLang: Lang, request: SearchRequest, first = PAGE_SIZE): Promise<SearchResponse> {
  const options = pagefindOptions(request);
  const responses = await Promise.all(
    langsOf(pageLang, request).map(async (lang) => {
      const { found, query } = await ready(lang, request);
      return { lang, query, response: found ? await found.pagefind.search(query || null, options) : { results: [], filters: {}, totalFilters: {} } };
    }),
  );
  const facets: Record<string, Record<string, number>> = {};
  for (const { response } of responses) merge(facets, response.filters);
  const lists = responses.map(({ lang, query, response }) => {
    const best = response.results.reduce((max, result) => Math.max(max, result.score), 0);
    return response.results.map((result) => new Candidate(lang, result, query, best));
  });
  const next = pager(lists, request.sort === 'newest');
  return { total: lists.reduce((n, list) => n + list.length, 0), hits: await next(first), facets, next };
}
