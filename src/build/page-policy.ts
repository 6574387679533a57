/**
 * A page's Content-Security-Policy, from the `<meta>` Astro puts in every page to the header the
 * hosts send (`host-headers.ts`): the policy read back from the HTML, what runs ahead of the
 * `<meta>` (which a header would block), and the policy as a header.
 */
import { createHash } from 'node:crypto';

const decodeEntities = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (_, dec, hex, name: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[name!.toLowerCase()]!,
  );

/** A page's Content-Security-Policy `<meta>`: its policy, and where the element starts. */
function findMeta(html: string): { policy: string; at: number } | undefined {
  // Straight to the element (a page's head has dozens of <meta>), then its attributes.
  const found = /<meta\s[^>]*?http-equiv\s*=\s*["']?content-security-policy[^>]*>/i.exec(html);
  if (!found) return undefined;
  const attrs = new Map<string, string>();
  for (const [, name, ...values] of found[0].matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    attrs.set(name!.toLowerCase(), decodeEntities(values.find((v) => v !== undefined) ?? ''));
  }
  return { policy: attrs.get('content') ?? '', at: found.index };
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return findMeta(html)?.policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Script types a browser runs (JSON-LD and other data blocks are not run, so not checked). */
const RUN = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/**
 * Hashes of the inline scripts and `<style>` elements ahead of a page's CSP `<meta>`. A `<meta>`
 * policy governs only what follows it, so these run whatever it says; a header governs the whole
 * page and would block them (Astro's CSP leaves `is:inline` scripts unhashed). Listing them in
 * the header keeps it exactly as strict as the `<meta>`: they run in both cases.
 */
export function inlineBeforeMeta(html: string): InlineHashes {
  const head = html.slice(0, findMeta(html)?.at ?? 0);
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, element, attrs, body] of head.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    if (element!.toLowerCase() === 'style') styles.push(sha256(body!));
    else if (!/\ssrc\s*=/i.test(attrs!) && RUN.test(/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs!)?.[1]?.trim() ?? '')) scripts.push(sha256(body!));
  }
  return { scripts, styles };
}

/** A policy's directives, trimmed, in order: `"a 'x';b"` → `["a 'x'", "b"]`. */
export function directives(policy: string): string[] {
  return policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/**
 * The page policy as a header, plus `frame-ancestors 'none'`: browsers ignore frame-ancestors in a
 * `<meta>`, so only the header stops other sites framing the pages (clickjacking). A
 * frame-ancestors the configuration sets on purpose is kept. `before` lists what runs ahead of
 * the `<meta>` (see `inlineBeforeMeta`), added to script-src and style-src.
 */
export function headerPolicy(pagePolicy: string, before: InlineHashes = { scripts: [], styles: [] }): string {
  const list = directives(pagePolicy);
  const named = (name: string) => list.findIndex((d) => d.split(' ')[0]!.toLowerCase() === name);
  for (const [name, hashes] of [['script-src', before.scripts], ['style-src', before.styles]] as const) {
    if (!hashes.length) continue;
    // Without the directive, default-src stands in for it: start from its sources.
    let at = named(name);
    if (at < 0) at = list.push(`${name}${list[named('default-src')]?.slice('default-src'.length) ?? ''}`) - 1;
    const sources = new Set(list[at]!.split(' ').slice(1));
    list[at] = [name, ...sources, ...[...new Set(hashes)].filter((hash) => !sources.has(hash))].join(' ');
  }
  if (named('frame-ancestors') < 0) list.push("frame-ancestors 'none'");
  return list.join('; ');
}
