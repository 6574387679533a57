/**
 * On every page: the search link in the header opens the quick-search dialog instead of leaving
 * the page, and Ctrl+K, Cmd+K or "/" open it from anywhere. The search code itself loads only
 * when the dialog first opens; without JavaScript the link leads to the search page.
 */
async function open() {
  const onSearchPage = document.querySelector<HTMLElement>('search-app[data-mode=page]');
  await import('./search-app.ts');
  if (onSearchPage) {
    (onSearchPage as HTMLElement & { focusInput(): void }).focusInput();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  await customElements.whenDefined('search-app');
  (dialog.querySelector('search-app') as HTMLElement & { focusInput(): void }).focusInput();
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
    void open();
  }
});

document.addEventListener('click', (event) => {
  const trigger = (event.target as Element | null)?.closest('a.search-trigger');
  if (!trigger || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void open();
});

document.addEventListener('click', (event) => {
  const close = (event.target as Element | null)?.closest('[data-close-dialog]');
  close?.closest('dialog')?.close();
});
