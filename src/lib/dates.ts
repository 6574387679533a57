/**
 * Calendar dates as editors write them. YAML turns `2026-13-45` into a valid date in 2027 before
 * any schema sees it, so dates are also read from the raw frontmatter and checked here.
 */
import { parseDocument } from 'yaml';
import { frontmatterOf } from './frontmatter.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first year a date may have. The YAML reader behind the build turns years 0–99 into
 * 1900–1999 (`0099-05-05` becomes 1999), and nothing the site reports predates 1900.
 */
export const FIRST_YEAR = 1900;

export const DATE_EXPECTED = `a real day written YYYY-MM-DD, from ${FIRST_YEAR} on`;

/** Whether `text` is a real day written as YYYY-MM-DD, in a year the site can publish. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < FIRST_YEAR) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}


/**
 * `field: 2026-11-29` at the top level on a line of its own, optionally quoted, optionally with a
 * comment (which YAML starts only after a space).
 */
const PLAIN_DATE_LINE = /^([\w-]+):[ \t]*(["']?)(\d{4}-\d{2}-\d{2})\2(?:[ \t]+#.*)?$/;

/**
 * Whether each of `fields` is absent from `yaml` or written as a plain, real day on a line of
 * its own: what nearly every file looks like, decided without a YAML parse. Any other line that
 * so much as names a field (quoted or explicit keys, odd spacing, nesting), and a date followed
 * by an indented line that could continue it, leave the decision to the parser.
 */
function plainlyValid(yaml: string, fields: readonly string[]): boolean {
  const lines = yaml.split('\n').map((line) => line.trimEnd());
  return lines.every((line, i) => {
    if (!fields.some((field) => line.includes(field))) return true;
    const match = PLAIN_DATE_LINE.exec(line);
    if (!match || !fields.includes(match[1]!)) return !fields.some((field) => new RegExp(`^[\\s"'?]*${field}\\b`).test(line));
    return isCalendarDate(match[3]!) && !/^[ \t]/.test(lines[i + 1] ?? '');
  });
}

/**
 * Top-level date fields whose raw text is not a real YYYY-MM-DD day, with that text.
 * Read with YAML's core schema, which keeps timestamps as written; files whose dates are plainly
 * right skip the parse (a build checks every story file).
 */
export function invalidDates(source: string, fields: readonly string[]): { field: string; value: string }[] {
  // A registry file is YAML throughout; a story file has it in its frontmatter.
  const yaml = frontmatterOf(source) ?? source;
  if (plainlyValid(yaml, fields)) return [];
  const data = parseDocument(yaml, { schema: 'core' }).toJS() as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') return [];
  return fields.flatMap((field) => {
    const raw = data[field];
    if (raw === undefined || raw === null) return [];
    const text = String(raw);
    return isCalendarDate(text) ? [] : [{ field, value: text }];
  });
}
