/**
 * Searches the page's language and, on request, the other, a page of results at a time: each
 * result shown costs a fetch of its text. The languages' results are merged by score (or by date).
 */
import { HIGHLIGHT_PARAM, PAGE_SIZE } from './constants.ts';
import { searcher, type Lang, type PagefindResult } from './pagefind-module.ts';
import { normalizeQuery, withTypedWords } from './query.ts';

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

const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** The languages a request searches, the page's first. */
const langsOf = (pageLang: Lang, request: Pick<SearchRequest, 'both'>): Lang[] => (request.both ? [pageLang, otherLang(pageLang)] : [pageLang]);

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
  const query = normalizeQuery(request.query);
  const found = await searcher(lang);
  if (found) await Promise.all([found.filtersLoaded, query && found.pagefind.preload(query, pagefindOptions(request))]);
  return { found, query };
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
  const options = pagefindOptions(request);
  const responses = await Promise.all(
    langsOf(pageLang, request).map(async (lang) => {
      const { found, query } = await ready(lang, request);
      return { lang, response: found ? await found.pagefind.search(query || null, options) : { results: [], filters: {}, totalFilters: {} } };
    }),
  );
  const facets: Record<string, Record<string, number>> = {};
  for (const { response } of responses) merge(facets, response.filters);
  const lists = responses.map(({ lang, response }) => response.results.map((result) => new Candidate(lang, result, request.query)));
  const next = pager(lists, request.sort === 'newest');
  return { total: lists.reduce((n, list) => n + list.length, 0), hits: await next(first), facets, next };
}
