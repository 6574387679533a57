/**
 * `<search-app>`: the search form, facets and results, on the search page (where the query lives
 * in the URL, so results can be shared and the back button works) and in the quick-search dialog.
 * Pagefind is loaded on the first keystroke, or at once when the page opens with a query.
 */
import { PAGE_SIZE } from './constants.ts';
import { searchUrl } from './search-url.ts';
// With the form, not a round trip after it: Pagefind itself still loads on the first search.
import { runSearch, type Hit, type SearchRequest, type SearchResponse } from './engine.ts';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../../i18n/languages.ts';

interface Strings {
  /** "{count} stories found" in each plural form of the language (Intl.PluralRules). */
  count: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  empty: string;
  noResults: string;
  loading: string;
  error: string;
  clearFilters: string;
  /** The other languages' names, for the badge of a result in one of them. */
  languages: Partial<Record<Lang, string>>;
  filters: Record<string, string>;
}

const FACETS = ['tag', 'model', 'vendor', 'year'] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

class SearchApp extends HTMLElement {
  private pageLang: Lang = DEFAULT_LANG;
  private strings!: Strings;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private results!: HTMLOListElement;
  private facets!: HTMLElement;
  private chosen: Record<string, string[]> = {};
  private timer = 0;
  private run = 0;
  private inPage = false;
  private more: HTMLAnchorElement | null = null;
  /** The search page's "show more" button, and the results it adds to. */
  private nextButton: HTMLButtonElement | null = null;
  private shown?: { response: SearchResponse; count: number };

  connectedCallback() {
    if (this.form) return;
    this.pageLang = this.dataset.lang as Lang;
    this.strings = JSON.parse(this.dataset.strings!) as Strings;
    this.inPage = this.dataset.mode === 'page';
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[name=q]')!;
    this.status = this.querySelector('[data-status]')!;
    this.results = this.querySelector('[data-results]')!;
    this.facets = this.querySelector('[data-facets]')!;
    this.more = this.querySelector('a[data-more]');
    this.nextButton = this.querySelector('button[data-next]');
    this.nextButton?.addEventListener('click', () => void this.showMore());

    this.input.addEventListener('input', () => this.schedule(false));
    // In a search field Escape first clears the text; in the dialog it should close it, as anywhere else.
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.inPage) this.closest('dialog')?.close();
    });
    this.form.addEventListener('change', (event) => {
      // The box's own change (on leaving it, say to press "show more") was searched as it was
      // typed; the facets search on their own.
      if (event.target === this.input || (event.target as HTMLElement).closest('[data-facets]')) return;
      this.schedule(true);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.search(true);
    });
    if (this.inPage) {
      const params = new URLSearchParams(location.search);
      // Typed into the box (after "/", say) before this code arrived: search that, not the URL's query.
      const typed = document.activeElement === this.input && this.input.value.trim() && this.input.value !== (params.get('q') ?? '');
      if (typed) this.schedule(true);
      else this.restore(params);
      window.addEventListener('popstate', () => this.restore(new URLSearchParams(location.search)));
    } else if (this.input.value.trim()) {
      // The dialog opens before this code arrives: search for what was typed meanwhile.
      this.schedule(true);
    }
  }

  /** Reads the form state from a URL: `?q=hallucination&all=1&sort=newest&tag=OpenAI`. */
  private restore(params: URLSearchParams) {
    this.input.value = params.get('q') ?? '';
    (this.form.elements.namedItem('all') as HTMLInputElement).checked = params.get('all') === '1';
    (this.form.elements.namedItem('sort') as HTMLSelectElement).value = params.get('sort') === 'newest' ? 'newest' : 'relevance';
    this.chosen = Object.fromEntries(FACETS.map((f) => [f, params.getAll(f)]));
    if (this.input.value.trim()) void this.search(false, false);
    else this.showEmpty();
  }

  private request(): SearchRequest {
    return {
      query: this.input.value,
      both: (this.form.elements.namedItem('all') as HTMLInputElement).checked,
      filters: this.chosen,
      sort: (this.form.elements.namedItem('sort') as HTMLSelectElement).value === 'newest' ? 'newest' : 'relevance',
    };
  }

  private schedule(now: boolean) {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.search(false), now ? 0 : 200);
  }

  /** Runs the search; on the page, records it in the URL (a new history entry when submitted). */
  private async search(submitted: boolean, record = true) {
    const request = this.request();
    if (this.inPage && record) {
      const url = searchUrl(location.pathname, request);
      if (url !== `${location.pathname}${location.search}`) history[submitted ? 'pushState' : 'replaceState'](null, '', url);
    }
    if (!request.query.trim()) {
      this.showEmpty();
      return;
    }
    const run = ++this.run;
    this.setAttribute('aria-busy', 'true');
    this.status.textContent = this.strings.loading;
    try {
      const response = await runSearch(this.pageLang, request);
      if (run === this.run) this.show(request, response);
    } catch (error) {
      console.warn(error);
      if (run === this.run) this.status.textContent = this.strings.error;
    } finally {
      if (run === this.run) this.removeAttribute('aria-busy');
    }
  }

  private showEmpty() {
    this.run++;
    this.results.replaceChildren();
    this.facets.replaceChildren();
    this.shown = undefined;
    if (this.nextButton) this.nextButton.hidden = true;
    this.status.textContent = this.strings.empty;
  }

  private show(request: SearchRequest, response: SearchResponse) {
    const { hits, facets, total } = response;
    const filtered = Object.values(request.filters).some((v) => v.length);
    if (hits.length === 0) {
      // A function, not the text itself: a replacement string reads `$&`, `$'` and `` $` `` in
      // the reader's query as patterns, and the message would show something else.
      this.status.textContent = this.strings.noResults.replace('{query}', () => request.query.trim());
    } else {
      const form = this.strings.count[new Intl.PluralRules(LANGUAGES[this.pageLang].intl).select(total)] ?? this.strings.count.other;
      this.status.textContent = form.replace('{count}', () => String(total));
    }
    this.results.replaceChildren(...hits.map((hit) => this.hitItem(hit)));
    this.shown = { response, count: hits.length };
    if (this.nextButton) this.nextButton.hidden = hits.length >= total;
    this.renderFacets(facets, filtered);
    if (!this.inPage && this.more) {
      this.more.href = `${this.more.pathname}?${new URLSearchParams({ q: request.query.trim() })}`;
      this.more.hidden = hits.length === 0;
    }
  }

  /** The next page of results, added to the list; focus moves to the first of them. */
  private async showMore() {
    const shown = this.shown;
    const button = this.nextButton!;
    if (!shown || button.disabled) return;
    const run = this.run;
    button.disabled = true;
    try {
      const hits = await shown.response.next(PAGE_SIZE);
      if (run !== this.run) return;
      const items = hits.map((hit) => this.hitItem(hit));
      this.results.append(...items);
      shown.count += hits.length;
      button.hidden = hits.length === 0 || shown.count >= shown.response.total;
      items[0]?.querySelector('a')?.focus();
    } catch (error) {
      console.warn(error);
      if (run === this.run) this.status.textContent = this.strings.error;
    } finally {
      button.disabled = false;
    }
  }

  private hitItem(hit: Hit): HTMLLIElement {
    const excerpt = element('p', { className: 'search-excerpt' });
    // Pagefind escapes the page text and adds only <mark> around matched words.
    excerpt.innerHTML = hit.excerpt;
    const meta = element('p', { className: 'card-meta' });
    if (hit.date) {
      const date = new Date(`${hit.date}T00:00:00Z`);
      meta.append(element('time', { dateTime: hit.date }, new Intl.DateTimeFormat(LANGUAGES[this.pageLang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date)));
    }
    if (hit.lang !== this.pageLang) meta.append(element('span', { className: 'badge' }, this.strings.languages[hit.lang] ?? hit.lang));
    const link = element('a', { href: hit.url }, hit.title);
    if (hit.lang !== this.pageLang) link.hreflang = LANGUAGES[hit.lang].tag;
    return element('li', { className: 'search-hit' }, element('h2', {}, link), meta, excerpt);
  }

  private renderFacets(facets: SearchResponse['facets'], filtered: boolean) {
    if (!this.inPage) return;
    const groups = FACETS.filter((name) => Object.values(facets[name] ?? {}).some((n) => n > 0) || this.chosen[name]?.length).map((name) => {
      // Values no result has are left out, unless the reader chose them (so they can be unchosen).
      const values = Object.entries(facets[name] ?? {})
        .filter(([, count]) => count > 0)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      for (const v of this.chosen[name] ?? []) if (!values.some(([value]) => value === v)) values.push([v, 0]);
      const options = values.map(([value, count]) => {
        const box = element('input', { type: 'checkbox', value, checked: this.chosen[name]?.includes(value) ?? false });
        box.addEventListener('change', () => {
          const set = new Set(this.chosen[name] ?? []);
          if (box.checked) set.add(value);
          else set.delete(value);
          this.chosen[name] = [...set];
          this.schedule(true);
        });
        return element('li', {}, element('label', {}, box, ` ${value} `, element('span', { className: 'muted' }, `(${count})`)));
      });
      return element('fieldset', {}, element('legend', {}, this.strings.filters[name] ?? name), element('ul', {}, ...options));
    });
    if (filtered) {
      const clear = element('button', { type: 'button', className: 'link-button' }, this.strings.clearFilters);
      clear.addEventListener('click', () => {
        this.chosen = {};
        this.schedule(true);
      });
      groups.push(clear as unknown as HTMLFieldSetElement);
    }
    this.facets.replaceChildren(...groups);
  }
}

if (!customElements.get('search-app')) customElements.define('search-app', SearchApp);

export type { SearchApp };
