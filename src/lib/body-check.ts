/**
 * A story body is content, not code. MDX compiles a body to a JavaScript module, so an `import`, an
 * `export` or a `{expression}` would run on the build machine, and raw HTML such as
 * `<meta http-equiv="refresh">` would act in every reader's browser. This check accepts only what
 * the site can vouch for: Markdown and GFM, the site's components with literal props, and a short
 * list of inline HTML elements with harmless attributes. Everything else is a located problem.
 *
 * One check serves both sides: `remarkContentOnly` runs it inside the MDX pipeline, so nothing
 * compiles unchecked, and `checkBodySource` runs the same check for `npm run check`.
 */
import type { Link, Root, Nodes, Definition } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ChartSpec } from '../schemas/chart.ts';
import { chartSpecOf } from './charts.ts';
import { blankFrontmatter } from './frontmatter.ts';
import { PLACES_TABLE } from './story-context.ts';
import { FORBIDDEN_CHARACTER } from '../schemas/errors.ts';

export interface BodyProblem {
  line: number;
  column: number;
  /** What the body holds there, quoted as the editor wrote it. */
  found: string;
  /** What would be allowed instead, or how to write what was meant. */
  expected: string;
}

/** A `<Chart>` placed in a body, with its literal props, for checks that need the story. */
export interface PlacedChart {
  line: number;
  props: Record<string, string>;
  spec: ChartSpec;
}


/** Inline elements a body may use, with the attributes each may carry beyond `title` and `lang`. */
const INLINE_HTML: Record<string, readonly string[]> = {
  abbr: [],
  br: [],
  cite: [],
  del: ['datetime'],
  dfn: [],
  ins: ['datetime'],
  kbd: [],
  mark: [],
  q: [],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  var: [],
  wbr: [],
};
const GLOBAL_ATTRIBUTES = ['title', 'lang'];

/** The site's components, with the props each takes. */
const COMPONENTS: Record<string, { props: readonly string[]; children: boolean }> = {
  ModelTable: { props: [], children: false },
  Takeaway: { props: [], children: true },
  Chart: { props: ['type', 'metric', 'metrics', 'x', 'y'], children: false },
};

/** Elements named for what they would do, so the message says why rather than "unknown". */
const DANGEROUS: Record<string, string> = {
  script: 'it would run code in readers\' browsers',
  style: 'it would restyle the whole page',
  meta: 'it can send every reader to another site or change how the page is read',
  link: 'it loads outside resources into the page',
  base: 'it would change where every link on the page points',
  iframe: 'it embeds another site in the page',
  frame: 'it embeds another site in the page',
  object: 'it embeds outside content or plugins',
  embed: 'it embeds outside content or plugins',
  form: 'it would send readers\' input elsewhere',
  input: 'forms are not part of a story',
  button: 'forms are not part of a story',
  textarea: 'forms are not part of a story',
  select: 'forms are not part of a story',
  svg: 'it can hold scripts and links',
  math: 'it can hold links',
  template: 'it holds hidden markup',
  noscript: 'it holds markup for another mode of the page',
};

/** Link and image addresses a body may use: the web, mail, and paths within the site. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

const CONTROL_EXPECTED = 'text without control characters: pages, feeds and search cannot carry them';

const ALLOWED_SUMMARY =
  'Markdown, <ModelTable />, <Takeaway>…</Takeaway>, <Chart … /> with literal props, and the inline elements ' +
  Object.keys(INLINE_HTML).map((name) => `<${name}>`).join(' ');

/** A name's entry in one of the lists above, own keys only: `constructor` or `__proto__` is no entry. */
function entry<T>(list: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(list, name) ? list[name] : undefined;
}

function at(node: { position?: { start: { line: number; column: number } } }): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function clip(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** The scheme of an address as a browser reads it: browsers drop tabs, newlines and leading spaces. */
export function schemeOf(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type JsxAttribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

function attributeProblems(element: JsxElement, allowed: readonly string[], problems: BodyProblem[]): Record<string, string> {
  const name = element.name!;
  const literal: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const attribute of element.attributes as JsxAttribute[]) {
    const where = at(attribute.position ? attribute : element);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ ...where, found: `{${clip(attribute.value)}} in <${name}>`, expected: 'props written as literal strings, such as metric="mmlu": a story body cannot compute values' });
      continue;
    }
    const key = attribute.name;
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      problems.push({ ...where, found: `${key}={${clip(value.value)}} in <${name}>`, expected: `a literal string, such as ${key}="…": a story body cannot compute values` });
      continue;
    }
    const lower = key.toLowerCase();
    if (/^on/.test(lower)) {
      problems.push({ ...where, found: `${key} on <${name}>`, expected: 'no event handler attributes: a story body cannot run code' });
    } else if (lower === 'style') {
      problems.push({ ...where, found: `style on <${name}>`, expected: 'no style attributes: the site\'s stylesheet styles every story' });
    } else if (lower.startsWith('data-pagefind')) {
      problems.push({ ...where, found: `${key} on <${name}>`, expected: 'no data-pagefind-* attributes: search metadata comes from the frontmatter' });
    } else if (!allowed.includes(key)) {
      const list = allowed.length ? allowed.join(', ') : 'none';
      problems.push({ ...where, found: `${key} on <${name}>`, expected: `only the attributes <${name}> takes (${list})` });
    } else if (Object.hasOwn(literal, key)) {
      problems.push({ ...where, found: `${key} twice on <${name}>`, expected: `${key} once` });
    } else if (typeof value === 'string') {
      if (FORBIDDEN_CHARACTER.test(value)) problems.push({ ...where, found: `a control character in ${key} on <${name}>`, expected: CONTROL_EXPECTED });
      literal[key] = value;
    } else {
      problems.push({ ...where, found: `${key} without a value on <${name}>`, expected: `${key}="…"` });
    }
  }
  return literal;
}


/** Checks one element; `'skip'` when what it holds is refused with it. */
function elementProblems(element: JsxElement, topLevel: boolean, problems: BodyProblem[], charts: PlacedChart[], tables: number[]): 'skip' | undefined {
  const where = at(element);
  const name = element.name;
  if (name === null) {
    problems.push({ ...where, found: '<> (a fragment)', expected: ALLOWED_SUMMARY });
    return;
  }
  const component = entry(COMPONENTS, name);
  if (component && !topLevel) {
    problems.push({ ...where, found: `<${name}> inside a paragraph, a list, a quote or another component`, expected: `<${name}> on its own, with a blank line before and after it` });
    return 'skip';
  }
  if (component) {
    if (name === 'ModelTable') tables.push(where.line);
    const props = attributeProblems(element, component.props, problems);
    if (!component.children && element.children.length) {
      problems.push({ ...where, found: `<${name}>…</${name}> with content`, expected: `<${name} … />, which takes no content` });
    }
    if (name === 'Chart' && Object.keys(props).length === element.attributes.length && !problems.some((p) => p.line === where.line && / twice on <Chart>$/.test(p.found))) {
      const spec = chartSpecOf(props);
      if (spec) charts.push({ line: where.line, props, spec });
      else {
        const found = `<Chart ${Object.entries(props).map(([k, v]) => `${k}="${v}"`).join(' ')} />`;
        const expected = ['bar', 'grouped', 'scatter'].includes(props.type ?? '')
          ? 'type="bar" with metric, type="grouped" with metrics (two or more, comma-separated), or type="scatter" with x and y'
          : 'type="bar", type="grouped" or type="scatter"';
        problems.push({ ...where, found, expected });
      }
    }
    return;
  }
  const lower = name.toLowerCase();
  const danger = entry(DANGEROUS, lower);
  if (danger) {
    problems.push({ ...where, found: `<${name}>`, expected: `no <${lower}> in a story body: ${danger}` });
    return 'skip';
  }
  const inline = entry(INLINE_HTML, name);
  if (!inline) {
    problems.push({ ...where, found: `<${name}>`, expected: ALLOWED_SUMMARY });
    return;
  }
  attributeProblems(element, [...GLOBAL_ATTRIBUTES, ...inline], problems);
}

function urlProblem(node: Link | Definition, problems: BodyProblem[]): void {
  const scheme = schemeOf(node.url);
  if (!scheme || SAFE_SCHEMES.has(scheme)) return;
  problems.push({ ...at(node), found: `a link address "${clip(node.url)}"`, expected: 'an http(s) or mailto address, or a path on the site' });
}

/**
 * A raster image in the story's folder, a file on the site, or one on the web. Astro turns every
 * relative image address into a JavaScript import, so anything else (`./x.mjs`, `../../x?raw`)
 * would run or read files on the build machine; an SVG would be published as a live document.
 */
const LOCAL_IMAGE = /^\.\/[\w.-]+\.(?:png|jpe?g|webp|avif|gif)$/i;

function imageProblem(url: string, node: Nodes, problems: BodyProblem[]): void {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A malformed escape: judged as written.
  }
  const scheme = schemeOf(decoded);
  if (scheme === 'http' || scheme === 'https') return;
  if (!scheme && (/^\/(?!\/)[^?#]*$/.test(decoded) ? !decoded.split('/').includes('..') : LOCAL_IMAGE.test(decoded))) return;
  problems.push({
    ...at(node),
    found: `an image address "${clip(url)}"`,
    expected: 'an http(s) address, a path on the site (/…), or a PNG, JPEG, WebP, AVIF or GIF file beside the story (./name.png)',
  });
}

/** Every construct of a parsed body that a story may not hold, and the `<Chart>`s it places. */
export function bodyProblems(tree: Root): { problems: BodyProblem[]; charts: PlacedChart[]; tables: number[] } {
  const problems: BodyProblem[] = [];
  const charts: PlacedChart[] = [];
  const tables: number[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    definitions.set(node.identifier, node);
  });
  visit(tree, (node: Nodes, _index, parent) => {
    for (const text of [('value' in node ? node.value : undefined), 'alt' in node ? node.alt : undefined, 'title' in node ? node.title : undefined]) {
      if (typeof text === 'string' && FORBIDDEN_CHARACTER.test(text)) {
        problems.push({ ...at(node), found: `a control character (${JSON.stringify(FORBIDDEN_CHARACTER.exec(text)![0])})`, expected: CONTROL_EXPECTED });
      }
    }
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({ ...at(node), found: clip(node.value), expected: 'no import or export: a story body cannot run code, and the site\'s components need no import' });
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // `{/* a note */}` is MDX's comment: nothing but comments compiles to nothing.
        const program = node.data?.estree;
        if (program && program.body.length === 0) return 'skip';
        problems.push({ ...at(node), found: `{${clip(node.value)}}`, expected: 'text, not an expression: a story body cannot compute; to write a brace, escape it as \\{' });
        return 'skip';
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return elementProblems(node, parent?.type === 'root', problems, charts, tables);
      case 'html':
        // Only a plain Markdown file has raw HTML nodes; stories are MDX, where HTML is parsed as elements.
        problems.push({ ...at(node), found: clip(node.value), expected: 'no raw HTML: stories are MDX files (zh.mdx, en.mdx)' });
        return 'skip';
      case 'link':
      case 'definition':
        urlProblem(node, problems);
        return undefined;
      case 'image':
        imageProblem(node.url, node, problems);
        return undefined;
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition) imageProblem(definition.url, node, problems);
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return { problems, charts, tables };
}

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

/** Error of a body the build refuses: one line a problem, no stack (it is the editor's, not the code's). */
export class BodyError extends Error {
  /** Where the first problem is, for the build's error location. */
  readonly line: number;
  readonly column: number;

  constructor(file: string, problems: BodyProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The story body ${file} has ${count}; a body holds ${ALLOWED_SUMMARY}:\n${problems.map((p) => `  - ${formatBodyProblem(file, p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.line = problems[0]?.line ?? 1;
    this.column = problems[0]?.column ?? 1;
  }
}

function relative(file: VFile): string {
  const full = file.path ?? '(story body)';
  return full.startsWith(`${process.cwd()}/`) ? full.slice(process.cwd().length + 1) : full;
}

/**
 * The check as a remark plugin for the MDX pipeline. It also wraps the parser, so a syntax slip
 * (a literal `<` or `{` in prose) is reported with advice instead of the parser's bare message.
 */
export function remarkContentOnly(this: Processor) {
  const parse = this.parser;
  if (parse) {
    this.parser = (document, file) => {
      try {
        return parse(document, file);
      } catch (error) {
        // List the rest of the body's problems too, as `npm run check` does.
        const { problems } = checkBodySource(String(document));
        throw new BodyError(relative(file), problems.length ? problems : [parseErrorProblem(error)]);
      }
    };
  }
  return (tree: Root, file: VFile) => {
    const { problems, tables } = bodyProblems(tree);
    if (problems.length) throw new BodyError(relative(file), problems);
    // Read from the tree the page compiles anyway, so no body is parsed twice (story-context.ts).
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[PLACES_TABLE] = tables.length > 0;
  };
}
