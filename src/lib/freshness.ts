/**
 * Translation freshness. A translation records the hash of its original as it was when translated
 * (`translated: { from: zh, hash: … }`, written by `npm run i18n -- --stamp`); when the original
 * changes, the hashes differ and the translation is outdated.
 */
import { createHash } from 'node:crypto';
import { frontmatterOf } from './frontmatter.ts';

/**
 * The hash of a story file's text, ignoring line-ending and trailing-space differences and the
 * frontmatter's `draft:` line: publishing the original is not a change its translation must follow.
 */
export function contentHash(source: string): string {
  const normalized = source.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  const front = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  const published = front
    ? normalized.replace(front[1]!, front[1]!.split('\n').filter((line) => !/^draft\s*:/.test(line)).join('\n'))
    : normalized;
  return createHash('sha256').update(published).digest('hex').slice(0, 12);
}

export type Freshness = 'original' | 'current' | 'outdated' | 'unstamped';

/** Writes or replaces the `translated:` line of a story file's frontmatter. */
export function stamp(source: string, from: string, hash: string): string {
  const line = `translated: { from: ${from}, hash: ${hash} }`;
  const front = frontmatterOf(source);
  if (front === undefined) throw new Error('the file has no frontmatter');
  const next = /^translated:.*$/m.test(front) ? front.replace(/^translated:.*$/m, line) : `${front}\n${line}`;
  return source.replace(front, next);
}
