/**
 * Translation freshness. A translation records a hash of what it translates in its original, as
 * it was when translated (`translated: { from: zh, hash: … }`, written by `npm run i18n -- --stamp`);
 * when that text changes, the hashes differ and the translation is outdated.
 *
 * What a translation translates is the body and the per-language fields. Story facts (date, tags,
 * comparison, charts, related, sources, draft) are written once and shared by both languages, so
 * changing them asks nothing of the translator and leaves the translation current.
 */
import { createHash } from 'node:crypto';
import { FRONTMATTER, frontmatterOf } from './frontmatter.ts';
import { isMap, isNode, isScalar, parseDocument } from 'yaml';

/** The frontmatter fields a translation writes in its own language. */
export const TRANSLATED_FIELDS = ['title', 'summary', 'faq', 'tableCaption'] as const;

/** Line endings and trailing spaces are not text a reader sees, nor leading and trailing blank lines. */
function normalize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** A value written the same whatever its key order or surrounding spaces ("faq: [{ a, q }]" as "{ q, a }"). */
function canonical(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/**
 * The per-language fields of a story file as the hash reads them; no FAQ and `faq: []` are the same.
 * Only these fields are turned into values: a story's comparison of many rows is parsed, not expanded.
 */
export function translatedFields(source: string): Record<string, unknown> {
  const doc = parseDocument(frontmatterOf(source) ?? '', { schema: 'core' });
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  const fields: Record<string, unknown> = {};
  try {
    for (const key of TRANSLATED_FIELDS) {
      // A field written twice (which the file's check refuses) counts as YAML reads it: the last.
      const node = pairs.findLast((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key)?.value;
      // An alias (`*name`) reads its anchor wherever in the frontmatter it is; as many as a
      // file's own check allows (`yaml-source.ts`).
      const value = isNode(node) ? node.toJS(doc, { maxAliasCount: 100 }) : node;
      if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
      fields[key] = canonical(value);
    }
  } catch {
    // Aliases past that limit: the file's check refuses it, and the hash reads no fields.
    return {};
  }
  return fields;
}

/**
 * The hash of what a translation translates in a story file: its `title`, `summary`, `faq` and
 * `tableCaption` (as values: YAML comments, quoting and key order do not count) and its body
 * (line endings and trailing spaces ignored). Story facts and `translated:` are left out.
 */
export function contentHash(source: string): string {
  const body = normalize(source.replace(FRONTMATTER, ''));
  return createHash('sha256').update(`${JSON.stringify(translatedFields(source))}\n${body}`).digest('hex').slice(0, 12);
}

/**
 * The hash stamps were written with before they hashed only what a translation translates: the
 * whole file but its `draft:` line. Translations stamped then, on branches still open, are read as
 * current while their original has not changed; `npm run i18n -- --stamp` rewrites them in the new
 * form. Remove once no stamp of this form is left.
 */
export function legacyContentHash(source: string): string {
  const normalized = normalize(source);
  const front = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  const published = front
    ? normalized.replace(front[1]!, front[1]!.split('\n').filter((line) => !/^draft\s*:/.test(line)).join('\n'))
    : normalized;
  return createHash('sha256').update(published).digest('hex').slice(0, 12);
}

export type Freshness = 'original' | 'current' | 'outdated' | 'unstamped';

/** Whether a translation stamped with `hash` still matches its original's `source`. */
export function stampFreshness(originalSource: string, hash: string): 'current' | 'outdated' {
  return hash === contentHash(originalSource) || hash === legacyContentHash(originalSource) ? 'current' : 'outdated';
}

/** Writes or replaces the `translated:` line of a story file's frontmatter. */
export function stamp(source: string, from: string, hash: string): string {
  const line = `translated: { from: ${from}, hash: ${hash} }`;
  const front = frontmatterOf(source);
  if (front === undefined) throw new Error('the file has no frontmatter');
  const next = /^translated:.*$/m.test(front) ? front.replace(/^translated:.*$/m, line) : `${front}\n${line}`;
  return source.replace(front, next);
}
