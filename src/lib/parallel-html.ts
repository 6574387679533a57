/**
 * A rendered story body cut into the blocks the side-by-side page pairs. The page renders each
 * language's body with markers in place of the table and charts (`<fb-block data-kind>`), so those
 * are drawn once, by the page; everything else is the body's own HTML.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { chartDetail, type Block, type BlockKind } from './parallel.ts';

export interface HtmlBlocks {
  /** Top-level blocks in order; a chart's `content` is its props as JSON, a table's is empty. */
  blocks: Block<string>[];
  /** The footnotes section, shown after the pairs. */
  footnotes?: string;
}

const TAG_KINDS: Record<string, BlockKind> = {
  p: 'paragraph',
  ul: 'list',
  ol: 'list',
  pre: 'code',
  blockquote: 'quote',
  hr: 'rule',
};

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function kindOf(node: Element): BlockKind {
  if (/^h[1-6]$/.test(node.tagName)) return 'heading';
  if (node.tagName === 'fb-block') return String(node.properties.dataKind) as BlockKind;
  if (node.tagName === 'section' && classes(node).includes('table-scroll')) return 'table';
  return TAG_KINDS[node.tagName] ?? 'other';
}

/** Attributes that hold ids of the same document. */
const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

/**
 * Gives every id in the fragment a prefix, and every reference to one of them: the two bodies
 * share a page, and both have footnote ids (`user-content-fn-1`) and may share heading ids.
 */
function prefixIds(tree: Root, prefix: string): void {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  if (!ids.size) return;
  const renamed = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    if (typeof props.id === 'string') props.id = renamed(props.id);
    if (typeof props.href === 'string' && props.href.startsWith('#')) props.href = `#${renamed(props.href.slice(1))}`;
    for (const key of ID_REFERENCES) {
      // hast keeps these as lists of ids (`htmlFor` as one string in some versions).
      const refs = props as Record<string, unknown>;
      const value = refs[key];
      if (Array.isArray(value)) refs[key] = value.map((v) => renamed(String(v)));
      else if (typeof value === 'string') refs[key] = renamed(value);
    }
  });
}

function isFootnotes(node: Element): boolean {
  return node.tagName === 'section' && (node.properties.dataFootnotes !== undefined || classes(node).includes('footnotes'));
}

/** Bodies already cut during this build, by content entry id (see ParallelStory.astro). */
export const parallelBodies = new Map<string, HtmlBlocks>();

/** The blocks of one rendered body; `idPrefix` keeps its ids apart from the other body's. */
export function htmlBlocks(html: string, idPrefix = ''): HtmlBlocks {
  const tree = fromHtml(html, { fragment: true });
  if (idPrefix) prefixIds(tree, idPrefix);
  const blocks: Block<string>[] = [];
  let footnotes: string | undefined;
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName === 'script' || node.tagName === 'style') continue;
    if (isFootnotes(node)) {
      footnotes = toHtml(node);
      continue;
    }
    const kind = kindOf(node);
    // A Takeaway marker's content: the page wraps it in the callout, labelled in its language.
    if (kind === 'takeaway' && node.tagName === 'fb-block') blocks.push({ kind, content: toHtml(node.children) });
    else if (kind === 'chart') {
      const props = String(node.properties.dataProps ?? '{}');
      blocks.push({ kind, detail: chartDetail(JSON.parse(props) as Record<string, unknown>), content: props });
    }
    else if (kind === 'heading') blocks.push({ kind, depth: Number(node.tagName[1]), content: toHtml(node) });
    else blocks.push({ kind, content: toHtml(node as ElementContent) });
  }
  return { blocks, ...(footnotes ? { footnotes } : {}) };
}
