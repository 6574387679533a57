/**
 * A story file's body parsed as the MDX pipeline parses it (remark-parse, remark-mdx, remark-gfm)
 * and checked by `bodyProblems`, for the content check: syntax slips are located and explained,
 * and one slip does not hide the rest of the file.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { bodyProblems, type BodyProblem, type PlacedChart } from './body-check.ts';
import { blankFrontmatter } from './frontmatter.ts';

/** A parse error of MDX syntax, with advice for the slips editors make in prose. */
export function parseErrorProblem(error: unknown): BodyProblem {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; source?: string };
  const text = (e.reason ?? e.message ?? String(error)).split('\n')[0]!;
  // An unclosed tag's message carries the tag's place in its text, not in its fields.
  const quoted = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(text);
  const reason = text.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '');
  const where = { line: e.line ?? Number(quoted?.[1] ?? 1), column: e.column ?? Number(quoted?.[2] ?? 1) };
  const source = e.source ?? '';
  if (/before name/.test(reason)) {
    return { ...where, found: 'a "<" that starts no tag', expected: 'a tag from the allowed list; to write a literal "<" in prose, write \\< or &lt;' };
  }
  if (/expression|acorn/.test(source) || /brace|expression/i.test(reason)) {
    return { ...where, found: reason, expected: 'text, not an expression: to write a literal brace in prose, escape it as \\{ (and \\})' };
  }
  if (/closing tag|end tag|closed/i.test(reason)) {
    return { ...where, found: reason, expected: 'every element closed: <Takeaway>…</Takeaway>, and tags without content written <ModelTable />' };
  }
  if (/jsx/.test(source)) {
    return { ...where, found: reason, expected: 'a tag from the allowed list; to write a literal "<" in prose, write \\< or &lt;' };
  }
  return { ...where, found: reason, expected: 'valid MDX' };
}

/**
 * MDX's own first step (`remarkMarkAndUnravel` in @mdx-js/mdx): a paragraph holding only tags and
 * expressions becomes those tags and expressions, as blocks. The MDX pipeline runs it before this
 * check; `npm run check` runs it too, so both see the same tree.
 */
function unravel(tree: Root): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const children: Nodes[] = node.children;
    const isInline = (child: Nodes) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression';
    const inline = children.filter(isInline);
    const blank = (child: Nodes) => child.type === 'text' && child.value.trim() === '';
    if (!inline.length || !children.every((child) => isInline(child) || blank(child))) return undefined;
    const blocks = inline.map((child) => ({ ...child, type: child.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression' }));
    (parent.children as unknown[]).splice(index, 1, ...blocks);
    return index + blocks.length;
  });
}

/** Two habits from HTML and Markdown that MDX reads as a tag: said as what they are. */
function slipAt(problem: BodyProblem, lineText: string): BodyProblem {
  // The tag the parser stopped in starts at the last "<" before the place it names.
  const tag = lineText.slice(Math.max(0, lineText.lastIndexOf('<', problem.column - 1)));
  if (tag.startsWith('<!--')) {
    return { ...problem, found: 'an HTML comment (<!-- … -->)', expected: 'a comment written {/* … */}, which readers do not see' };
  }
  if (/^<(?:https?|mailto):/i.test(tag)) {
    return { ...problem, found: 'an address in angle brackets (<https://…>)', expected: 'the address written bare (https://…), which becomes a link, or [text](https://…)' };
  }
  return problem;
}

let parser: Processor<Root> | undefined;

/** The MDX syntax tree of a body, or the located syntax error that stops it parsing. */
export function parseBody(body: string): { tree: Root } | { error: BodyProblem } {
  parser ??= unified().use(remarkParse).use(remarkMdx).use(remarkGfm) as unknown as Processor<Root>;
  try {
    const tree = parser.parse(body);
    unravel(tree);
    return { tree };
  } catch (error) {
    return { error: parseErrorProblem(error) };
  }
}

/**
 * Checks a whole MDX file. The frontmatter is blanked, not cut, so lines and columns are the
 * file's own, as the build reports them.
 */
export function checkBodySource(source: string): { problems: BodyProblem[]; charts: PlacedChart[]; tables: number[]; tree?: Root } {
  const lines = blankFrontmatter(source).split('\n');
  const syntax: BodyProblem[] = [];
  // A syntax error stops the parser; the line is blanked and the rest parsed again, so one slip
  // does not hide the others (up to a few, as a compiler would list them).
  for (;;) {
    const parsed = parseBody(lines.join('\n'));
    if (!('error' in parsed)) {
      const found = bodyProblems(parsed.tree);
      const problems = [...syntax, ...found.problems].sort((a, b) => a.line - b.line || a.column - b.column);
      // The tree of a body that parsed whole, for what else reads its structure (side-by-side pairing).
      return { problems, charts: found.charts, tables: found.tables, ...(syntax.length ? {} : { tree: parsed.tree }) };
    }
    const line = parsed.error.line;
    syntax.push(slipAt(parsed.error, lines[line - 1] ?? ''));
    if (syntax.length >= 10 || !lines[line - 1]?.trim()) return { problems: syntax, charts: [], tables: [] };
    lines[line - 1] = '';
  }
}

export function formatBodyProblem(file: string, problem: BodyProblem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.found}; expected ${problem.expected}.`;
}
