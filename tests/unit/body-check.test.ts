/** What a story body may hold: each allowed construct passes, each forbidden one is a located problem. */
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { schemeOf } from '../../src/lib/body-check.ts';
import { checkBodySource } from '../../src/lib/body-source.ts';
import { remarkContentOnly } from '../../src/markdown/remark-content-only.ts';

const FRONT = '---\ntitle: T\nsummary: S\n---\n';

function check(body: string) {
  return checkBodySource(FRONT + body);
}

describe('checkBodySource accepts what the site vouches for', () => {
  it.each([
    ['Markdown and GFM', '## Heading\n\n**bold** _it_ ~~gone~~ `{code}` https://example.com\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: Footnote.\n\n```js\nconst x = {a: 1} < 2;\n```'],
    ['the site\'s components with literal props', '<ModelTable />\n\n<Takeaway>\nThe **point**.\n</Takeaway>\n\n<Chart type="bar" metric="mmlu" />\n\n<Chart type="grouped" metrics="mmlu, humaneval" />\n\n<Chart type="scatter" x="latency" y="mmlu" />'],
    ['inline HTML with harmless attributes', 'H<sub>2</sub>O, x<sup>2</sup>, <abbr title="Mixture of Experts">MoE</abbr>, <kbd>Ctrl</kbd>+<kbd>K</kbd>, <mark>new</mark>,<br /> <span lang="en">scaling</span>, <time datetime="2026-11-26">today</time>'],
    ['links within the site, on the web and by mail', '[a](/zh/articles/x/) [b](https://example.com) [c](mailto:desk@example.com) [d](#faq) ![e](/favicon.svg)'],
    ['escaped braces and angle brackets, and MDX comments', 'Write \\{ and \\} and \\< or &lt; in prose. {/* a note to other editors */}'],
  ])('%s', (_name, body) => {
    expect(check(body).problems).toEqual([]);
  });

  it('returns the charts a body places, for the check against the story\'s columns', () => {
    expect(check('<Chart type="grouped" metrics="a, b" />').charts).toEqual([
      { line: 5, props: { type: 'grouped', metrics: 'a, b' }, spec: { type: 'grouped', metrics: ['a', 'b'] } },
    ]);
  });
});

describe('checkBodySource refuses code and raw HTML, saying where and what is allowed', () => {
  it.each([
    ['import', "import { execSync } from 'node:child_process'", 1, 1, /^import \{ execSync \}/, /no import or export/],
    ['export', 'export const who = 1', 1, 1, /^export const who/, /no import or export/],
    ['an expression in text', 'The user is {who}.', 1, 13, /^\{who\}$/, /escape it as \\\{/],
    ['an expression as a prop', '<Chart type="bar" metric={m} />', 1, 19, /^metric=\{m\} in <Chart>$/, /literal string/],
    ['a spread of props', '<abbr {...props}>x</abbr>', 1, 7, /^\{\.\.\.props\} in <abbr>$/, /literal strings/],
    ['a meta refresh', '<meta http-equiv="refresh" content="1;url=https://evil.example/" />', 1, 1, /^<meta>$/, /send every reader to another site/],
    ['a script', '<script>alert(1)</script>', 1, 1, /^<script>$/, /run code/],
    ['a style element', '<style>{"body{display:none}"}</style>', 1, 1, /^<style>$/, /restyle/],
    ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css" />', 1, 1, /^<link>$/, /outside resources/],
    ['a base element', '<base href="https://evil.example/" />', 1, 1, /^<base>$/, /where every link/],
    ['an iframe', '<iframe src="https://evil.example/" />', 1, 1, /^<iframe>$/, /embeds another site/],
    ['an object', '<object data="x.swf" />', 1, 1, /^<object>$/, /embeds/],
    ['an embed', '<embed src="x.swf" />', 1, 1, /^<embed>$/, /embeds/],
    ['a form', '<form action="https://evil.example/">x</form>', 1, 1, /^<form>$/, /input elsewhere/],
    ['an unknown element', '<div>x</div>', 1, 1, /^<div>$/, /<ModelTable \/>.*<sup>/],
    ['an unknown component', '<Evil />', 1, 1, /^<Evil>$/, /<Takeaway>…<\/Takeaway>/],
    ['an event handler', '<span onClick="alert(1)">x</span>', 1, 7, /^onClick on <span>$/, /no event handler/],
    ['a style attribute', '<mark style="color:red">x</mark>', 1, 7, /^style on <mark>$/, /stylesheet/],
    ['forged search metadata', '<span data-pagefind-meta="date:nope">x</span>', 1, 7, /^data-pagefind-meta on <span>$/, /search metadata comes from the frontmatter/],
    ['another attribute', '<span class="site-header">x</span>', 1, 7, /^class on <span>$/, /title, lang/],
    ['a javascript: link', '[x](javascript:alert(1))', 1, 1, /^a link address "javascript:alert\(1\)"$/, /http\(s\)/],
    ['a javascript: link with a tab in its scheme', '[x](java&#9;script:alert(1))', 1, 1, /^a link address/, /http\(s\)/],
    ['a javascript: image', '![x](JavaScript:alert(1))', 1, 1, /^an image address/, /http\(s\)/],
    ['a javascript: definition', '[x][d]\n\n[d]: javascript:alert(1)', 3, 1, /^a link address/, /http\(s\)/],
    ['a props-taking component given content', '<ModelTable>x</ModelTable>', 1, 1, /with content/, /takes no content/],
    ['a chart of an unknown type', '<Chart type="pie" metric="mmlu" />', 1, 1, /^<Chart type="pie" metric="mmlu" \/>$/, /type="bar", type="grouped" or type="scatter"/],
    ['a chart without its metric', '<Chart type="bar" />', 1, 1, /^<Chart type="bar" \/>$/, /type="bar" with metric/],
    ['a literal "<" in prose', 'It costs <5 dollars.', 1, 11, /starts no tag/, /write \\< or &lt;/],
    ['an unclosed brace in prose', 'A set {a, b', 1, 12, /closing brace/, /escape it as \\\{/],
    ['an unclosed tag', '<Takeaway>\nNot closed.', 1, 1, /closing tag for `<Takeaway>`/, /every element closed/],
    ['a control character', 'A vertical tab\u000b here.', 1, 1, /^a control character \("\\u000b"\)$/, /without control characters/],
  ])('%s', (_name, body, line, column, found, expected) => {
    const { problems } = check(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: line + 4, column });
    expect(problems[0]!.found).toMatch(found);
    expect(problems[0]!.expected).toMatch(expected);
  });

  it('lists every problem of a body, syntax slips included, in the order they stand', () => {
    const { problems } = check('export const a = 1\n\nPrice <5.\n\n<script>x</script>\n\n{a}\n\n<Takeaway>\nopen');
    expect(problems.map((p) => p.line - 4)).toEqual([1, 3, 5, 7, 9]);
  });
});

describe('schemeOf', () => {
  it.each([
    ['https://example.com', 'https'],
    [' JavaScript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['/zh/articles/x/', undefined],
    ['#faq', undefined],
    ['a:b/c', 'a'],
  ])('%s → %s', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });
});

/**
 * The same check inside the MDX pipeline (astro.config.mjs), behind the build's check of all
 * content: a body that reached the compiler unchecked is refused there too, before any of it runs.
 */
describe('remarkContentOnly in an MDX pipeline', () => {
  const pipeline = () => unified().use(remarkParse).use(remarkMdx).use(remarkContentOnly);
  const compile = async (body: string) => {
    const file = new VFile({ path: path.join(process.cwd(), 'content/articles/x/zh.mdx'), value: body });
    const processor = pipeline();
    return processor.run(processor.parse(file), file);
  };

  it('refuses code, naming the file, line and column', async () => {
    await expect(compile('Text.\n\nexport const who = process.env.HOME\n')).rejects.toThrow(/content\/articles\/x\/zh\.mdx[\s\S]*:3:1: export const who[\s\S]*no import or export/);
    await expect(compile('A {process.exit(1)} expression.\n')).rejects.toThrow(/:1:3: /);
  });

  it('refuses a body that does not parse, with the rest of its problems', async () => {
    await expect(compile('<span>unclosed\n\n<script>alert(1)</script>\n')).rejects.toThrow(/zh\.mdx/);
  });

  it('passes what a body may hold', async () => {
    await expect(compile('## Heading\n\n<ModelTable />\n\nH<sub>2</sub>O\n')).resolves.toBeDefined();
  });
});
