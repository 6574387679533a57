export type Theme = 'light' | 'dark';

/** localStorage key of the reader's explicit theme choice. */
export const THEME_KEY = 'fb-theme';

/** The theme in effect: the reader's choice, else the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
