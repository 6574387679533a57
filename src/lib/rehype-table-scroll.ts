/**
 * Wraps every table of a story in a focusable, labelled region that scrolls sideways, so a wide
 * table never widens the page on a phone and keyboard users can scroll it too.
 * The label's language comes from the file name (`zh.mdx`, `en.mdx`).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const LABEL: Record<string, string> = { zh: '表格，可横向滚动', en: 'Table, scrolls sideways' };

export function languageOfFile(path: string | undefined): 'zh' | 'en' {
  return /(?:^|[\\/])en\.mdx?$/.test(path ?? '') ? 'en' : 'zh';
}

export function rehypeTableScroll() {
  return (tree: Root, file: VFile) => {
    const label = LABEL[languageOfFile(file.path)];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: label },
        children: [node],
      };
      return 'skip';
    });
  };
}
