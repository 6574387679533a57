import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkReadingTime } from '../../src/lib/remark-reading-time.ts';
import { languageOfFile, rehypeTableScroll } from '../../src/lib/rehype-table-scroll.ts';

async function run(markdown: string, path: string) {
  const file = new VFile({ value: markdown, path });
  const html = await unified().use(remarkParse).use(remarkGfm).use(remarkReadingTime).use(remarkRehype).use(rehypeTableScroll).use(rehypeStringify).process(file);
  return { html: String(html), data: file.data as { astro?: { frontmatter?: Record<string, unknown> } } };
}

describe('remarkReadingTime', () => {
  it('counts the text of the story, not its markup', async () => {
    const { data } = await run('## 标题\n\n**GPT-5.4** 发布 [link](https://x.example)', 'a/zh.mdx');
    expect(data.astro?.frontmatter?.textCount).toEqual({ cjk: 4, words: 2 });
  });
});

describe('rehypeTableScroll', () => {
  it('wraps each table in a labelled, focusable scroll region in the file language', async () => {
    const table = '| a | b |\n|---|---|\n| 1 | 2 |\n';
    const zh = (await run(table, 'content/articles/x/zh.mdx')).html;
    expect(zh).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="表格，可横向滚动"><table>/);
    const en = (await run(`${table}\n\n${table}`, 'content/articles/x/en.mdx')).html;
    expect(en.match(/aria-label="Table, scrolls sideways"><table>/g)).toHaveLength(2);
  });
  it('tells the language from the file name', () => {
    expect(languageOfFile('/a/b/en.mdx')).toBe('en');
    expect(languageOfFile('/a/b/zh.mdx')).toBe('zh');
    expect(languageOfFile(undefined)).toBe('zh');
  });
});

describe('rehypeFootnotes', () => {
  async function footnotes(path: string) {
    const file = new VFile({ value: 'Text[^1].\n\n[^1]: Note.\n', path });
    const { rehypeFootnotes } = await import('../../src/lib/rehype-footnotes.ts');
    return String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeFootnotes).use(rehypeStringify).process(file));
  }
  it('names the notes and their back links in the file language', async () => {
    const zh = await footnotes('x/zh.mdx');
    expect(zh).toContain('<h2 class="footnotes-title" id="footnote-label">注释</h2>');
    expect(zh).toContain('aria-label="返回正文引用 1"');
    const en = await footnotes('x/en.mdx');
    expect(en).toContain('<h2 class="footnotes-title" id="footnote-label">Notes</h2>');
    expect(en).toContain('aria-label="Back to reference 1"');
  });
});
