/** localStorage key of the language a reader picked with the language switch. */
export const LANG_KEY = 'fb-lang';
