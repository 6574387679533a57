import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../src/integrations/pagefind-searchable.ts';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="zh-CN" data-lang="zh"><head>${head}</head><body>${body}</body></html>`;
const ARTICLE = '<article class="wrap" data-pagefind-body><h1>标题</h1><p data-pagefind-meta="summary">摘要</p></article>';

describe('searchablePart', () => {
  it('keeps only the language and the searchable article', () => {
    const html = page('<title>x</title><meta name="description" content="y">', `<header data-pagefind-ignore="all">nav</header>${ARTICLE}<footer>f</footer>`);
    expect(searchablePart(html)).toBe(`<!doctype html><html lang="zh-CN"><body>${ARTICLE}</body></html>`);
  });

  it('skips pages without searchable content', () => {
    expect(searchablePart(page('', '<main><h1>列表</h1></main>'))).toBeUndefined();
  });

  it('sends the whole page when Pagefind data sits outside the article', () => {
    const html = page('', `<span data-pagefind-filter="tag:x"></span>${ARTICLE}`);
    expect(searchablePart(html)).toBe(html);
    const after = page('', `${ARTICLE}<p data-pagefind-meta="image:/a.png"></p>`);
    expect(searchablePart(after)).toBe(after);
  });

  it('sends the whole page when the article cannot be cut out safely', () => {
    const quoted = page('', `<article data-pagefind-body><script>const s = '</article>';</script><p>rest</p></article>`);
    expect(searchablePart(quoted)).toBe(quoted);
    const nested = page('', '<article data-pagefind-body><article><p>a</p></article><p>rest</p></article>');
    expect(searchablePart(nested)).toBe(nested);
  });
});
