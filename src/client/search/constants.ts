/** The URL parameter that carries matched words from a search result to the story. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where a language's search bundle is served: each language's stories are one (see astro.config.mjs). */
export const searchBundle = (lang: string): string => `/pagefind/${lang}/`;

/** Results shown at first, and added by each "show more": each result shown costs a fetch of its text. */
export const PAGE_SIZE = 10;
