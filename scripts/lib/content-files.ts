/** Reads a content folder as the build does, for the editors' command-line tools. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface SourceFile {
  /** Path relative to the current folder, as messages show it. */
  file: string;
  source: string;
}

export interface ParsedYaml {
  data: unknown;
  doc: Document;
  lines: LineCounter;
  /** Line of the YAML's first line within the file (frontmatter starts on line 2). */
  offset: number;
  error?: { line: number; message: string };
}

export async function listFiles(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads files one at a time: tens of thousands opened at once run out of file descriptors. */
export async function readSources(files: string[]): Promise<SourceFile[]> {
  return files.map((f) => ({ file: path.relative(process.cwd(), f), source: readFileSync(f, 'utf8') }));
}

/** Parses YAML, or a Markdown file's frontmatter, keeping positions for line numbers. */
export function parseYaml(source: string, frontmatter: boolean): ParsedYaml {
  let text = source;
  let offset = 0;
  if (frontmatter) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    text = match ? match[1]! : '';
    offset = 1;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core' });
  const first = doc.errors[0];
  const error = first ? { line: (first.linePos?.[0]?.line ?? 1) + offset, message: first.message.split('\n')[0]! } : undefined;
  return { data: doc.toJS() ?? {}, doc, lines, offset, ...(error ? { error } : {}) };
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
    const node = parsed.doc.getIn(parts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return parsed.lines.linePos(node.range[0]).line + parsed.offset;
    // A key whose value is missing or scalar: find the key itself in its parent map.
    const parent = n > 1 ? (parsed.doc.getIn(parts.slice(0, n - 1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] }) : (parsed.doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] });
    const pair = parent?.items?.find((item) => item.key?.value === parts[n - 1]);
    if (pair?.key?.range) return parsed.lines.linePos(pair.key.range[0]).line + parsed.offset;
  }
  return undefined;
}
