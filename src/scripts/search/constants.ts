/** The URL parameter that carries matched words from a search result to the story. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where a language's search bundle is served: each language's stories are one (see astro.config.mjs). */
export const searchBundle = (lang: string): string => `/pagefind/${lang}/`;
