/**
 * A story body is content, not code. MDX compiles a body to a JavaScript module, so an `import`, an
 * `export` or a `{expression}` would run on the build machine, and raw HTML such as
 * `<meta http-equiv="refresh">` would act in every reader's browser. This check accepts only what
 * the site can vouch for: Markdown and GFM, the site's components with literal props, and a short
 * list of inline HTML elements with harmless attributes. Everything else is a located problem.
 *
 * One check serves both sides: `remarkContentOnly` (src/markdown/) runs it inside the MDX
 * pipeline, so nothing compiles unchecked, and `checkBodySource` (body-source.ts) runs the same
 * check over a file's text for the content check.
 */
import type { Link, Root, Nodes, Definition } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ChartSpec } from '../schemas/chart.ts';
import { chartSpecOf } from './charts.ts';
import { FORBIDDEN_CHARACTER } from '../schemas/errors.ts';
import { ALLOWED_SUMMARY, COMPONENTS, CONTROL_EXPECTED, DANGEROUS, GLOBAL_ATTRIBUTES, INLINE_HTML, SAFE_SCHEMES } from './body-rules.ts';

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
