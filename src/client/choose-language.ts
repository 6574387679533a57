/** Picks the language `/` sends a reader to. Pure but for the storage it is handed. */
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/languages.ts';
import { LANG_KEY } from './remember-language-key.ts';

/**
 * The reader's earlier pick wins; else the first browser language the site publishes
 * ("en-GB" → en, "zh-TW" → zh); else the default (the first of src/i18n/languages.ts).
 */
export function chooseLanguage(browser: readonly string[], storage?: Pick<Storage, 'getItem'>): Lang {
  try {
    const saved = storage?.getItem(LANG_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage may be blocked; fall through to the browser's languages.
  }
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}
