/** Structural pairing of a story's two languages, as the side-by-side page and the editors' tools do it. */
import { describe, expect, it } from 'vitest';
import { describeUnpaired, pairBlocks, pairFaq, type Block, type BlockKind } from '../../src/lib/parallel.ts';
import { htmlBlocks } from '../../src/lib/parallel-html.ts';
import { pairingWarnings, sourceBlocks } from '../../src/lib/parallel-source.ts';
import { parseBody } from '../../src/lib/body-source.ts';

/** Blocks from a compact spelling: `h2:Title`, `p`, `list`, `table`, `takeaway`, `model-table`, `chart`. */
function blocks(spec: string, tag: string): Block<string>[] {
  return spec.split(' ').filter(Boolean).map((item, i) => {
    const [kind, text] = item.split(':') as [string, string | undefined];
    if (/^h\d$/.test(kind)) return { kind: 'heading', depth: Number(kind[1]), text, content: `${tag}${i}` };
    return { kind: kind as BlockKind, ...(text ? { detail: text } : {}), content: `${tag}${i}` };
  });
}

/** The rows in the same compact form: `a0=b0` for a pair, `[a1 a2 | b1]` for columns. */
function rowsOf(lead: string, other: string): string[] {
  return pairBlocks(blocks(lead, 'a'), blocks(other, 'b')).rows.map((row) =>
    row.type === 'pair' ? `${row.lead.content}=${row.other.content}` : `[${row.lead.map((b) => b.content).join(' ')} | ${row.other.map((b) => b.content).join(' ')}]`,
  );
}

describe('pairBlocks', () => {
  it.each([
    ['equal sections pair block by block', 'p h2:A p p h2:B list', 'p h2:A p p h2:B list', ['a0=b0', 'a1=b1', 'a2=b2', 'a3=b3', 'a4=b4', 'a5=b5']],
    ['a body that starts with a heading has no opening section', 'h2:A p', 'h2:A p', ['a0=b0', 'a1=b1']],
    ['lists, tables, takeaways and components pair like paragraphs', 'list table takeaway model-table chart', 'list table takeaway model-table chart', ['a0=b0', 'a1=b1', 'a2=b2', 'a3=b3', 'a4=b4']],
    ['charts pair only with the same chart', 'h2:A chart:bar-x', 'h2:A chart:bar-y', ['[a0 a1 | b0 b1]']],
    ['a section with a paragraph fewer becomes two columns; the rest still pairs', 'p h2:A p p p h2:B p', 'p h2:A p p h2:B p', ['a0=b0', '[a1 a2 a3 a4 | b1 b2 b3]', 'a5=b4', 'a6=b5']],
    ['a list against a paragraph does not pair', 'h2:A list', 'h2:A p', ['[a0 a1 | b0 b1]']],
    ['a section missing from one language stands alone', 'h2:A p h2:B p p h2:C p', 'h2:A p h2:C p', ['a0=b0', 'a1=b1', '[a2 a3 a4 | ]', 'a5=b2', 'a6=b3']],
    ['an extra section in the other language stands alone too', 'h2:A p', 'h2:A p h2:X p', ['a0=b0', 'a1=b1', '[ | b2 b3]']],
    ['heading levels count: an h3 does not pair with an h2', 'h2:A p h3:B p', 'h2:A p h2:B p', ['a0=b0', 'a1=b1', '[a2 a3 | b2 b3]']],
    ['one side empty', 'p p', '', ['[a0 a1 | ]']],
  ])('%s', (_name, lead, other, expected) => {
    expect(rowsOf(lead, other)).toEqual(expected);
  });

  it('reports each run that does not pair with its headings and counts', () => {
    const { unpaired } = pairBlocks(blocks('p h2:技术细节 p p p', 'a'), blocks('p h2:Details p p', 'b'));
    expect(unpaired).toEqual([
      { lead: ['技术细节'], other: ['Details'], leadBlocks: 4, otherBlocks: 3, leadKinds: ['heading', 'p', 'p', 'p'], otherKinds: ['heading', 'p', 'p'] },
    ]);
    expect(describeUnpaired(unpaired[0]!, 'zh', 'en')).toBe('"技术细节" in zh (4 blocks) against "Details" in en (3 blocks)');
    // As many blocks on each side: the message says which kinds differ.
    expect(describeUnpaired(pairBlocks(blocks('h2:A list', 'a'), blocks('h2:A paragraph', 'b')).unpaired[0]!, 'zh', 'en')).toBe(
      '"A" in zh (2 blocks: heading, list) against "A" in en (2 blocks: heading, paragraph)',
    );
    expect(describeUnpaired(pairBlocks(blocks('p p', 'a'), blocks('p', 'b')).unpaired[0]!, 'zh', 'en')).toBe(
      'the opening (before the first heading) in zh (2 blocks) against the opening (before the first heading) in en (1 block)',
    );
  });
});

describe('pairFaq', () => {
  it('pairs questions by position when both languages have as many, else not at all', () => {
    expect(pairFaq(['q1', 'q2'], ['Q1', 'Q2'])).toEqual([['q1', 'Q1'], ['q2', 'Q2']]);
    expect(pairFaq(['q1', 'q2'], ['Q1'])).toBeUndefined();
    expect(pairFaq([], [])).toEqual([]);
  });
});

describe('the two readings of a body agree', () => {
  const mdx = '开头。\n\n## 小节\n\n- 一\n- 二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<ModelTable />\n\n<Takeaway>\n要点。\n</Takeaway>\n\n<Chart type="bar" metric="mmlu" />\n\n```js\nx\n```\n\n> 引用\n\n---\n\n注[^1]\n\n[^1]: 脚注。\n\n[ref]: https://example.com\n';
  const html =
    '<p>开头。</p>\n<h2 id="小节">小节</h2>\n<ul><li>一</li><li>二</li></ul>\n<section class="table-scroll"><table></table></section>' +
    '<fb-block data-kind="model-table"></fb-block><fb-block data-kind="takeaway"><p>要点。</p></fb-block><fb-block data-kind="chart" data-props="{&quot;type&quot;:&quot;bar&quot;,&quot;metric&quot;:&quot;mmlu&quot;}"></fb-block>' +
    '<pre><code>x</code></pre><blockquote><p>引用</p></blockquote><hr><p>注<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup></p>' +
    '<section data-footnotes class="footnotes"><h2 id="footnote-label">注释</h2><ol><li id="user-content-fn-1">脚注。<a href="#user-content-fnref-1">↩</a></li></ol></section><script type="module" src="/x.js"></script>';

  it('the Markdown tree and the rendered HTML give the same blocks, footnotes and definitions aside', () => {
    const parsed = parseBody(mdx);
    if (!('tree' in parsed)) throw new Error('the fixture body must parse');
    const fromSource = sourceBlocks(parsed.tree).map((b) => b.kind);
    const fromHtml = htmlBlocks(html).blocks.map((b) => b.kind);
    // A placed chart pairs only with the same chart: both readings describe it alike.
    expect(sourceBlocks(parsed.tree).find((b) => b.kind === 'chart')!.detail).toBe(htmlBlocks(html).blocks.find((b) => b.kind === 'chart')!.detail);
    expect(fromSource).toEqual(['paragraph', 'heading', 'list', 'table', 'model-table', 'takeaway', 'chart', 'code', 'quote', 'rule', 'paragraph']);
    expect(fromHtml).toEqual(fromSource);
  });

  it('keeps the second body\'s ids apart, links included, and its footnotes separate', () => {
    const { blocks: cut, footnotes } = htmlBlocks(html, 'en-');
    expect(cut[1]!.content).toBe('<h2 id="en-小节">小节</h2>');
    expect(cut.at(-1)!.content).toContain('href="#en-user-content-fn-1" id="en-user-content-fnref-1"');
    expect(footnotes).toContain('<li id="en-user-content-fn-1">');
    expect(footnotes).toContain('href="#en-user-content-fnref-1"');
    expect(cut.find((b) => b.kind === 'chart')!.content).toBe('{"type":"bar","metric":"mmlu"}');
    expect(cut.find((b) => b.kind === 'takeaway')!.content).toBe('<p>要点。</p>');
  });

  it('reads a paragraph of only tags as MDX renders it: each tag a block', () => {
    const parsed = parseBody('<span lang="en">Scaling</span>\n\n<kbd>Ctrl</kbd> <kbd>K</kbd>\n\n<Takeaway>Short.</Takeaway>\n\nText <sup>1</sup>.');
    if (!('tree' in parsed)) throw new Error('must parse');
    expect(sourceBlocks(parsed.tree).map((b) => b.kind)).toEqual(['other', 'other', 'other', 'takeaway', 'paragraph']);
  });

  it('npm run check warns about a story whose files do not pair, and not about one that does', () => {
    const tree = (body: string) => {
      const parsed = parseBody(body);
      if (!('tree' in parsed)) throw new Error('must parse');
      return sourceBlocks(parsed.tree);
    };
    expect(pairingWarnings({ zh: tree('一。\n\n## 甲\n\n二。'), en: tree('One.\n\n## A\n\nTwo.') })).toEqual([]);
    expect(pairingWarnings({ zh: tree('一。\n\n## 甲\n\n二。\n\n三。'), en: tree('One.\n\n## A\n\nTwo.') })).toEqual([
      'sections or paragraphs that do not pair: "甲" in zh (3 blocks) against "A" in en (2 blocks); the side-by-side page shows them as two columns',
    ]);
    expect(pairingWarnings({ zh: tree('一。') })).toEqual([]);
  });
});
