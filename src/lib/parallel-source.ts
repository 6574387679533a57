/**
 * Side-by-side pairing as editors see it: the blocks of a story body's syntax tree, and the report
 * `npm run check` and `npm run i18n` give when two language files do not pair.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { sideBySidePairs } from './alternates.ts';
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
 * What does not pair between a story's files, one line each, or nothing: for each pair of
 * languages its side-by-side pages show (src/lib/alternates.ts), the earlier in the site's order leading.
 */
export function pairingWarnings(blocks: Partial<Record<Lang, Block<null>[]>>): string[] {
  const langs = LANGS.filter((l) => blocks[l]);
  return sideBySidePairs(langs).flatMap(([lead, other]) =>
    pairBlocks(blocks[lead]!, blocks[other]!).unpaired.map((run) => `sections or paragraphs that do not pair: ${describeUnpaired(run, lead, other)}; the side-by-side page shows them as two columns`),
  );
}
