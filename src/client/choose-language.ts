/** Picks the language `/` sends a reader to. Pure but for the storage it is handed. */
import { LANG_KEY } from './remember-language-key.ts';

const SITE_LANGS = ['zh', 'en'] as const;
type SiteLang = (typeof SITE_LANGS)[number];

function isSiteLang(value: unknown): value is SiteLang {
  return SITE_LANGS.includes(value as SiteLang);
}

/**
 * The reader's earlier pick wins; else the first browser language the site publishes
 * ("en-GB" → en, "zh-TW" → zh); else Chinese.
 */
export function chooseLanguage(browser: readonly string[], storage?: Pick<Storage, 'getItem'>): SiteLang {
  try {
    const saved = storage?.getItem(LANG_KEY);
    if (isSiteLang(saved)) return saved;
  } catch {
    // Storage may be blocked; fall through to the browser's languages.
  }
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isSiteLang(primary)) return primary;
  }
  return 'zh';
}
