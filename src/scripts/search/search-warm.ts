/**
 * On the search page opened with a query (a shared link; the header's search form without
 * JavaScript): Pagefind's code, imported and started as the page loads, so that its web worker
 * fetches the index's entry, metadata and WebAssembly while the search code loads, not after it.
 * search-page.ts then loads the filters and the query's index chunks. Nothing without a query.
 *
 * It imports no module of ours: one would be fetched, a round trip later, before this ran.
 */
const params = new URLSearchParams(location.search);
if (params.get('q')?.trim()) {
  const lang = document.documentElement.dataset.lang!;
  for (const l of params.get('all') === '1' ? [lang, lang === 'zh' ? 'en' : 'zh'] : [lang]) {
    // constants.ts's searchBundle(l), written out (see above). The module pagefind-module.ts
    // imports, started once; a failure (a language without stories has no bundle) is its to report.
    import(/* @vite-ignore */ `/pagefind/${l}/pagefind.js`).then((pagefind: { init(): Promise<void> }) => pagefind.init()).catch(() => {});
  }
}
