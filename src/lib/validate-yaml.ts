/**
 * One file's parsed YAML against its schema (`read-content.ts`): every issue as a problem with
 * the line of its field, the field as the story builder writes it, the value and what was expected.
 */
import type { z } from 'astro/zod';
import { dataIssues, describeIssue } from '../schemas/errors.ts';
import type { Problem } from './problems.ts';
import { lineOf, type ParsedYaml } from './yaml-source.ts';

/** A field path as the story builder writes it: `related[0]`, `faq[1].q`, `comparison.rows.gpt-4`. */
export function fieldName(path: (string | number)[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((d, key) => (d as Record<string | number, unknown> | undefined)?.[key], data);
}

/**
 * The data at `prefix` in `parsed` (the whole file by default), checked by `schema`: its output,
 * or `undefined` after adding each problem to `problems`.
 */
export function validate<S extends z.ZodType>(problems: Problem[], file: string, parsed: ParsedYaml, schema: S, prefix: (string | number)[] = []): z.output<S> | undefined {
  if (parsed.error) {
    problems.push({ file, line: parsed.error.line, field: '(YAML)', value: parsed.error.found || undefined, expected: parsed.error.message });
    return undefined;
  }
  const data = valueAt(parsed.data, prefix);
  const guarded = dataIssues(data);
  for (const issue of guarded) {
    const at = [...prefix, ...issue.path];
    problems.push({ file, line: lineOf(parsed, at) ?? parsed.offset + 1, field: fieldName(at) || '(frontmatter)', value: issue.input, expected: issue.message });
  }
  // Past the limit of values the schema would walk the same expanded data: stop at that problem.
  if (guarded.some((issue) => issue.path[0] === '(YAML)')) return undefined;
  const result = schema.safeParse(data, { error: describeIssue });
  if (result.success && !guarded.length) return result.data;
  if (result.success) return undefined;
  for (const issue of result.error.issues) {
    const at = [...prefix, ...(issue.path as (string | number)[])];
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
    for (const key of unknown) {
      const where = [...at, key];
      problems.push({ file, line: lineOf(parsed, where), field: fieldName(where), value: valueAt(parsed.data, where), expected: 'no such field: a misspelt name? The documented fields are in docs/editing.md' });
    }
    if (unknown.length) continue;
    // describeIssue writes "the file has <value>; expected …" or "missing; expected …"; a rule
    // with its own message (a slug pattern) says only what is expected.
    const expected = /^(?:the file has .*?|missing); (.*)$/s.exec(issue.message)?.[1] ?? issue.message;
    problems.push({
      file,
      // A missing field has no line of its own: point at the start of the frontmatter.
      line: lineOf(parsed, at) ?? parsed.offset + 1,
      field: fieldName(at) || '(frontmatter)',
      value: valueAt(parsed.data, at),
      expected: expected.replace(/^expected /, ''),
    });
  }
  return undefined;
}
