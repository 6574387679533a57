/**
 * Footnotes in the story's language: remark-gfm writes an English, visually hidden "Footnotes"
 * heading and English "Back to reference" labels. This names the section in the file's language
 * (from its name, `zh.mdx` / `en.mdx`) and shows the heading, since the notes are read as a section.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { languageOfFile } from './rehype-table-scroll.ts';

export const FOOTNOTE_HEADING_ID = 'footnote-label';

export function rehypeFootnotes() {
  return (tree: Root, file: VFile) => {
    const lang = languageOfFile(file.path);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && node.properties.id === FOOTNOTE_HEADING_ID) {
        node.properties.className = ['footnotes-title'];
        node.children = [{ type: 'text', value: t(lang, 'footnotes.heading') }];
      } else if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) {
        const label = String(node.properties.ariaLabel ?? '');
        node.properties.ariaLabel = t(lang, 'footnotes.back', { n: label.replace(/^\D*/, '') });
      }
    });
  };
}
