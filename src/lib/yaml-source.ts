/**
 * YAML read with positions, for messages that name a line: a registry file, or a story file's
 * frontmatter. The content reader (`read-content.ts`), behind the build and `npm run check`
 * alike, reads every file this way.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { frontmatterOf } from './frontmatter.ts';
import { plainYamlError } from './yaml-errors.ts';

export interface ParsedYaml {
  data: unknown;
  doc: Document;
  lines: LineCounter;
  /** Line of the YAML's first line within the file (frontmatter starts on line 2). */
  offset: number;
  /** The first syntax error, in plain words (`yaml-errors.ts`), at its line in the file. */
  error?: { line: number; found: string; message: string };
}

/** Parses YAML, or a Markdown file's frontmatter, keeping positions for line numbers. */
export function parseYaml(source: string, frontmatter: boolean): ParsedYaml {
  let text = source;
  let offset = 0;
  if (frontmatter) {
    text = frontmatterOf(source) ?? '';
    offset = 1;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core' });
  const first = doc.errors[0];
  const plain = first && plainYamlError(text, first);
  const error = plain ? { line: plain.line + offset, found: plain.found, message: plain.expected } : undefined;
  let data: unknown = {};
  try {
    // The YAML library refuses data that aliases expand past 100 values each: an alias bomb.
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    return { data: {}, doc, lines, offset, error: error ?? { line: offset + 1, found: '', message: `too many aliases (*name) repeat an anchor (&name): ${(e as Error).message}` } };
  }
  return { data, doc, lines, offset, ...(error ? { error } : {}) };
}

/** The line a dotted or bracketed field path points to ("comparison.rows.gpt-4.mmlu", "tags[1]"). */
export function lineOf(parsed: ParsedYaml, field: string | (string | number)[]): number | undefined {
  const parts = Array.isArray(field)
    ? field
    : field
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let n = parts.length; n > 0; n--) {
    // A field of a map is where its key is: a value written as a block starts a line below it.
    const parent = n > 1 ? (parsed.doc.getIn(parts.slice(0, n - 1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] }) : (parsed.doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] });
    const pair = parent?.items?.find((item) => item.key?.value === parts[n - 1]);
    if (pair?.key?.range) return parsed.lines.linePos(pair.key.range[0]).line + parsed.offset;
    // An item of a list has no key: it is where its value is.
    const node = parsed.doc.getIn(parts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return parsed.lines.linePos(node.range[0]).line + parsed.offset;
  }
  return undefined;
}
