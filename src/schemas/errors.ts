/**
 * Schema messages that quote what the file says. Astro reports schema issues with its own wording
 * ("Expected type array, received string") and never the value; wrapping a collection's schema in
 * `reportingValues` makes each issue read "the file has "openai"; expected an array", so an editor
 * sees the field, the value and what was expected on one line.
 */
import { z } from 'astro/zod';
import { showValue } from '../lib/problems.ts';

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

/** `schema`, with every issue reported as a custom issue carrying `describeIssue`'s message. */
export function reportingValues<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((input, ctx): z.output<T> => {
    const result = schema.safeParse(input, { error: describeIssue });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.issues.push({ code: 'custom', path: issue.path, message: issue.message, input });
    }
    return z.NEVER;
  });
}
