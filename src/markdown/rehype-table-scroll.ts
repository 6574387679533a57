/**
 * Wraps every table of a story in a focusable region that scrolls sideways, so a wide table never
 * widens the page on a phone and keyboard users can scroll it too (src/styles/tables.css draws
 * its sticky first column and scroll cue). The region is named by the table's column headings, in
 * the file's language (`zh.mdx`, `en.mdx`), so two tables of one story are told apart. Header
 * cells break lines only between words (src/lib/word-breaks.ts).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/languages.ts';
import { wordPieces } from '../lib/word-breaks.ts';

/** A story file's language, from its name (`en.mdx`); the default language for any other file. */
export function languageOfFile(path: string | undefined): Lang {
  const name = /(?:^|[\\/])([a-z]+)\.mdx?$/.exec(path ?? '')?.[1];
  return isLang(name) ? name : DEFAULT_LANG;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The region's name: "Table: Model, Context window, …", numbered when a story repeats one. */
export function regionLabel(headings: string[], lang: Lang, seen: Map<string, number>): string {
  const columns = headings.map((h) => h.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const label = columns.length ? t(lang, 'table.region', { columns: columns.join(t(lang, 'list.separator')) }) : t(lang, 'table.regionUntitled');
  const n = (seen.get(label) ?? 0) + 1;
  seen.set(label, n);
  return n === 1 ? label : t(lang, 'table.regionRepeat', { label, n });
}

/** A header cell's text with a `<wbr>` between the words of its Chinese. */
function breakBetweenWords(cell: Element): void {
  visit(cell, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return;
    const pieces = wordPieces(node.value);
    if (pieces.length < 2) return;
    const replaced: ElementContent[] = pieces.flatMap((value, i) => [
      ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
      { type: 'text', value } as Text,
    ]);
    parent.children.splice(index, 1, ...replaced);
    return index + replaced.length;
  });
}

export function rehypeTableScroll() {
  return (tree: Root, file: VFile) => {
    const lang = languageOfFile(file.path);
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const headings: Element[] = [];
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName !== 'th') return;
        headings.push(cell);
        return 'skip';
      });
      const label = regionLabel(headings.map(textOf), lang, seen);
      headings.forEach(breakBetweenWords);
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
