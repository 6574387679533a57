/**
 * Counts a story's Chinese characters and English words at build time. The counts reach the page
 * as `remarkPluginFrontmatter.textCount`, returned by `render(entry)`.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countText } from '../lib/reading-time.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.textCount = countText(toString(tree));
  };
}
