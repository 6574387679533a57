import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkReadingTime } from '../../src/markdown/remark-reading-time.ts';
import { languageOfFile, regionLabel, rehypeTableScroll } from '../../src/markdown/rehype-table-scroll.ts';

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
  it('wraps each table in a focusable scroll region named by its columns, in the file language', async () => {
    const table = '| 模型 | 上下文窗口 |\n|---|---|\n| 甲 | 乙 |\n';
    const zh = (await run(table, 'content/articles/x/zh.mdx')).html;
    expect(zh).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="表格：模型、上下文窗口"><table>/);
    const en = (await run('| Model | Context window |\n|---|---|\n| a | b |\n\n| Model | Price |\n|---|---|\n| a | b |\n', 'content/articles/x/en.mdx')).html;
    expect([...en.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1])).toEqual(['Table: Model, Context window', 'Table: Model, Price']);
  });
  it('numbers a name a story repeats, and names a table without headings', () => {
    const seen = new Map<string, number>();
    expect([regionLabel(['A', 'B'], 'en', seen), regionLabel([' A ', 'B'], 'en', seen), regionLabel(['', ''], 'en', seen)]).toEqual(['Table: A, B', 'Table: A, B (2)', 'Table']);
    expect(regionLabel(['模型', '得分'], 'zh', new Map([['表格：模型、得分', 1]]))).toBe('表格：模型、得分（2）');
  });
  it('lets a header break a line only between Chinese words', async () => {
    const { html } = await run('| 上下文窗口 | Context window |\n|---|---|\n| 一百万词元 | b |\n', 'content/articles/x/zh.mdx');
    expect(html).toContain('<th>上下文<wbr>窗口</th>\n<th>Context window</th>');
    expect(html).toContain('<td>一百万词元</td>');
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
    const { rehypeFootnotes } = await import('../../src/markdown/rehype-footnotes.ts');
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
