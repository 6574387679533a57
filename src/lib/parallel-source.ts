/**
 * Side-by-side pairing as editors see it: the blocks of a story body's syntax tree, and the report
 * `npm run check` and `npm run i18n` give when two language files do not pair.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { chartDetail, describeUnpaired, pairBlocks, type Block, type BlockKind } from './parallel.ts';

const COMPONENT_KINDS: Record<string, BlockKind> = { Takeaway: 'takeaway', ModelTable: 'model-table', Chart: 'chart' };

function kindOf(node: RootContent): BlockKind | undefined {
  switch (node.type) {
    case 'heading':
      return 'heading';
    case 'paragraph':
      return 'paragraph';
    case 'list':
      return 'list';
    case 'table':
      return 'table';
    case 'code':
      return 'code';
    case 'blockquote':
      return 'quote';
    case 'thematicBreak':
      return 'rule';
    case 'mdxJsxFlowElement':
      return COMPONENT_KINDS[node.name ?? ''] ?? 'other';
    // Footnote and link definitions, comments: nothing shows where they stand.
    default:
      return undefined;
  }
}

/** The top-level blocks of a parsed body, as the page pairs them. */
export function sourceBlocks(tree: Root): Block<null>[] {
  return tree.children.flatMap((node) => {
    const kind = kindOf(node);
    if (!kind) return [];
    if (node.type === 'heading') return [{ kind, depth: node.depth, text: toString(node), content: null }];
    if (kind === 'chart' && node.type === 'mdxJsxFlowElement') {
      const props = Object.fromEntries(node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])));
      return [{ kind, detail: chartDetail(props), content: null }];
    }
    return [{ kind, content: null }];
  });
}

/**
 * What does not pair between a story's two files, one line each, or nothing. The first language of
 * the site leads, as pages list it.
 */
export function pairingWarnings(blocks: Partial<Record<Lang, Block<null>[]>>): string[] {
  const [lead, other] = LANGS;
  if (!other) return [];
  const a = blocks[lead];
  const b = blocks[other];
  if (!a || !b) return [];
  return pairBlocks(a, b).unpaired.map((run) => `sections or paragraphs that do not pair: ${describeUnpaired(run, lead, other)}; the side-by-side page shows them as two columns`);
}
