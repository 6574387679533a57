/**
 * On the search page opened with a query (a shared link; the header's search form without
 * JavaScript): Pagefind's code, fetched as the page loads rather than after the search code, which
 * then finds it loaded and starts it. Nothing without a query.
 *
 * It imports nothing, and Astro inlines such a script in the page (its hash in the page's CSP): a
 * module it imported, or Vite's helper for an import(), would be fetched, a round trip later,
 * before it ran.
 */
const params = new URLSearchParams(location.search);
if (params.get('q')?.trim()) {
  const lang = document.documentElement.dataset.lang!;
  // The search form names the site's other languages (SearchBox.astro), in the engine's order.
  const others = document.querySelector<HTMLElement>('search-app[data-mode="page"]')?.dataset.otherLangs?.split(' ') ?? [];
  for (const l of params.get('all') === '1' ? [lang, ...others] : [lang]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // constants.ts's searchBundle(l), written out: see above.
    link.href = `/pagefind/${l}/pagefind.js`;
    document.head.append(link);
  }
}
