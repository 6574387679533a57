/**
 * Remembers the language a reader picks with the language switch, so `/` sends them there next
 * time instead of guessing from the browser.
 */
import { LANG_KEY } from './remember-language-key.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-lang-choice]');
  if (!link) return;
  try {
    localStorage.setItem(LANG_KEY, link.dataset.langChoice!);
  } catch {
    // Without storage the browser's languages decide, as on a first visit.
  }
});
