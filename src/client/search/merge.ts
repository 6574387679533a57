/**
 * One list of results from the page's language and, when a reader includes it, the other. A story
 * found in both languages is listed once: its version in the page's language where the page's
 * language ranks it, and its other version right after. Stories found only in the other language
 * come in between by relevance. Each index scores its own pages, and their scores are not
 * comparable as they are (the same story scores differently in each), so a score counts as a
 * share of its language's best.
 */

export interface Ranked {
  /** The story's address without its language (`/articles/slug/`): a story's versions share it. */
  story: string;
  /** Relevance within its own language: its score over the best score there (the best is 1). */
  rank: number;
  date?: string;
}

/** `/zh/articles/slug/?highlight=x` → `/articles/slug/`: what a story's versions have in common. */
export function storyOf(url: string): string {
  return new URL(url, 'https://result.invalid').pathname.replace(/^\/[^/]+/, '');
}

/**
 * The next `count` results of `lists` (the page's language first, each list best first: by rank,
 * or newest first by `date`), merged. The better of the lists' heads comes next (a tie goes to the
 * page's language), followed by its story's versions in the other lists, when they hold it; a
 * version whose story the page's language has too waits for that. A story's versions stay
 * together, so a page can end a result or so past `count`.
 */
export function takeNext<T extends Ranked>(lists: readonly (readonly T[])[], count: number, byDate: boolean): T[] {
  const taken = new Set<T>();
  const inPageLanguage = (story: string) => lists[0]!.some((item) => item.story === story && !taken.has(item));
  const head = (i: number): T | undefined => lists[i]!.find((item) => !taken.has(item) && (i === 0 || !inPageLanguage(item.story)));
  const better = (a: T, b: T) => (byDate ? (a.date ?? '') > (b.date ?? '') : a.rank > b.rank);
  const page: T[] = [];
  while (page.length < count) {
    let best: T | undefined;
    lists.forEach((_, i) => {
      const candidate = head(i);
      if (candidate && (!best || better(candidate, best))) best = candidate;
    });
    if (!best) break;
    const story = best.story;
    for (const list of lists) {
      const version = list.find((item) => item.story === story && !taken.has(item));
      if (version) {
        taken.add(version);
        page.push(version);
      }
    }
  }
  return page;
}
