/**
 * The theme toggle. The stored choice is applied before first paint by the inline script in the
 * layout's head; this element only shows the button and records changes.
 */
import { THEME_KEY, currentTheme, type Theme } from './theme-state.ts';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const label = this.querySelector('[data-theme-label]');
    if (!button || !label) return;
    const render = () => {
      const theme = currentTheme();
      // The button names the theme it switches to; aria-pressed says whether dark is on.
      label.textContent = theme === 'dark' ? this.dataset.labelLight! : this.dataset.labelDark!;
      button.setAttribute('aria-pressed', String(theme === 'dark'));
    };
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage can be off (private mode); the choice then lasts for this page only.
      }
      render();
      document.dispatchEvent(new CustomEvent('themechange', { detail: next }));
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
    render();
  }
}

customElements.define('theme-toggle', ThemeToggle);
