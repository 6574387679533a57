/**
 * Schema messages that quote what the file says. Astro reports schema issues with its own wording
 * ("Expected type array, received string") and never the value; wrapping a collection's schema in
 * `reportingValues` makes each issue read "the file has "openai"; expected an array", so an editor
 * sees the field, the value and what was expected on one line.
 */
import { z } from 'astro/zod';
import { showValue } from './show-value.ts';

const english = z.locales.en().localeError;

type RawIssue = Parameters<typeof english>[0];

export function describeIssue(issue: RawIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only the documented fields (a misspelt name?)`;
  }
  const base = english(issue);
  const wording = (typeof base === 'string' ? base : (base?.message ?? 'Invalid input')).replace(/^(?:Invalid input|Too small|Too big): /, '');
  const value = issue.input === undefined ? 'missing' : `the file has ${showValue(issue.input)}`;
  return `${value}; ${wording}`;
}

/**
 * Characters no text may hold: control characters other than tab and line breaks, lone surrogates
 * and the non-characters U+FFFE and U+FFFF. XML (the feeds, the sitemap) cannot carry them, and
 * nobody means to write them: they arrive through escapes such as "\x0B" or a bad paste.
 */
export const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * How many values one file's data may hold, counted as the YAML expands: anchors (`&a`) repeated
 * through aliases (`*a`) can make a few lines stand for billions of values.
 */
export const MOST_VALUES = 100_000;

export interface DataIssue {
  path: (string | number)[];
  input: unknown;
  message: string;
}

const TOO_MANY = Symbol('too many values');

/** What no field of any file may hold, whatever its schema: see `FORBIDDEN_CHARACTER` and `MOST_VALUES`. */
export function dataIssues(input: unknown): DataIssue[] {
  const issues: DataIssue[] = [];
  let count = 0;
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (++count > MOST_VALUES) throw TOO_MANY;
    if (typeof value === 'string') {
      if (FORBIDDEN_CHARACTER.test(value)) {
        issues.push({ path, input: value, message: 'text without control characters (such as "\\x0B" or "\\u0000"): pages and feeds cannot carry them' });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  try {
    walk(input, []);
  } catch (error) {
    if (error !== TOO_MANY) throw error;
    return [{ path: ['(YAML)'], input: undefined, message: `at most ${MOST_VALUES.toLocaleString('en')} values: too many aliases (*name) repeat an anchor (&name)` }];
  }
  return issues;
}

/**
 * `schema`, with every issue reported as a custom issue carrying `describeIssue`'s message.
 *
 * `passInvalid` lets data that fails through as it is, rather than failing Astro's content sync
 * at the first bad file (which would also stop the dev server). It is set where the project's own
 * check, which runs the same schemas, stands between the content and any page
 * (src/integrations/content-check.ts): `astro dev` serves its list in place of every page, and a
 * build stops with it before making one.
 */
export function reportingValues<T extends z.ZodType>(schema: T, { passInvalid = false } = {}) {
  return z.unknown().transform((input, ctx): z.output<T> => {
    const guarded = dataIssues(input);
    const fail = (issues: { path: PropertyKey[]; message: string }[]) => {
      if (passInvalid) return input as z.output<T>;
      for (const issue of issues) ctx.issues.push({ code: 'custom', path: issue.path, message: issue.message, input });
      return z.NEVER;
    };
    const described = guarded.map((issue) => ({
      path: issue.path,
      message: `${issue.input === undefined ? 'the file has too many values' : `the file has ${showValue(issue.input)}`}; expected ${issue.message}`,
    }));
    // Past the limit, the schema would walk the same expanded data: stop here, and pass on
    // nothing of it (the data store would expand it again).
    if (guarded.some((issue) => issue.path[0] === '(YAML)')) return passInvalid ? ({} as z.output<T>) : fail(described);
    const result = schema.safeParse(input, { error: describeIssue });
    if (result.success && !described.length) return result.data;
    return fail([...described, ...(result.success ? [] : result.error.issues)]);
  });
}
