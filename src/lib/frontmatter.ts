/**
 * The frontmatter block of a story file: YAML between `---` lines at the very start, after an
 * optional byte-order mark. One pattern for every reader of raw files, so they all agree on
 * where the frontmatter ends.
 */
import type { Problem } from './problems.ts';

/** Group 1 is the YAML, without its fences. */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

/** The frontmatter's YAML, or `undefined` when the file has none. */
export function frontmatterOf(source: string): string | undefined {
  return FRONTMATTER.exec(source)?.[1];
}

/** The file with its frontmatter blanked to spaces: the body keeps the file's own lines and columns. */
export function blankFrontmatter(source: string): string {
  return source.replace(FRONTMATTER, (front) => front.replace(/[^\r\n]/g, ' '));
}

/**
 * Frontmatter in another format than YAML (TOML between `+++` lines): some tools read it, but the
 * site's checks (real days, field names, line numbers) are written for YAML, so it is refused.
 */
export function frontmatterFormatProblem(file: string, source: string): Problem | undefined {
  if (!/^\uFEFF?\+\+\+[ \t]*\r?\n/.test(source)) return undefined;
  return { file, line: 1, field: '(frontmatter)', value: '+++', expected: 'YAML frontmatter between --- lines (TOML between +++ lines is not read)' };
}
