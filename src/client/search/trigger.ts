/**
 * On every page: the search link in the header opens the quick-search dialog instead of leaving
 * the page, and Ctrl+K, Cmd+K or "/" open it from anywhere. The search code itself loads only
 * when the dialog first opens; without JavaScript the link leads to the search page.
 */
function open() {
  // The dialog and its form are in the page already: they open and take the keys at once, while
  // the search code loads. Without that code (slow or failed load) the form submits to the search page.
  const box = document.querySelector<HTMLElement>('search-app[data-mode=page]') ?? openDialog();
  const input = box?.querySelector<HTMLInputElement>('input[name=q]');
  if (!input) return;
  // Selected, so what the reader types replaces the last query.
  input.focus();
  input.select();
  // Failing to load leaves the plain form, which submits to the search page.
  import('./search-app.ts').catch(() => {});
}

function openDialog(): HTMLElement | null {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
  if (!dialog) return null;
  if (!dialog.open) dialog.showModal();
  return dialog.querySelector('search-app');
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)));
}

document.addEventListener('keydown', (event) => {
  const k = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
  const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !typing(event.target);
  if (k || slash) {
    event.preventDefault();
    open();
  }
});

document.addEventListener('click', (event) => {
  const trigger = (event.target as Element | null)?.closest('a.search-trigger');
  if (!trigger || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  open();
});

document.addEventListener('click', (event) => {
  const close = (event.target as Element | null)?.closest('[data-close-dialog]');
  close?.closest('dialog')?.close();
});
