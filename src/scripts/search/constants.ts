/** The URL parameter that carries matched words from a search result to the story. */
export const HIGHLIGHT_PARAM = 'highlight';
