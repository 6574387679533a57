/** A two-level table of contents from a story's headings: h2 entries with their h3s beneath. */
import { FOOTNOTE_HEADING_ID } from '../markdown/rehype-footnotes.ts';

export interface HeadingInput {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

export function tocTree(headings: HeadingInput[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    // The footnotes section closes the body on its own; it is not a chapter of the story.
    if (slug === FOOTNOTE_HEADING_ID) continue;
    if (depth === 2) items.push({ slug, text, children: [] });
    else if (depth === 3) {
      const parent = items.at(-1);
      // An h3 before any h2 still gets an entry, at the top level.
      if (parent) parent.children.push({ slug, text });
      else items.push({ slug, text, children: [] });
    }
  }
  return items;
}
