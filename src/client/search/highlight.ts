/**
 * Arriving from a search result (`?highlight=…`), marks the matched words in the story with
 * Pagefind's highlighter, loaded only then.
 */
import { HIGHLIGHT_PARAM, searchBundle } from './constants.ts';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  // Any bundle's copy of the highlighter will do: the page's own language's.
  const url = `${searchBundle(document.documentElement.dataset.lang!)}pagefind-highlight.js`;
  void import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({
      highlightParam: HIGHLIGHT_PARAM,
      // Styled by our stylesheet: an injected <style> would need 'unsafe-inline' in the CSP.
      addStyles: false,
      markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
  });
}
