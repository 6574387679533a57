/**
 * The `_headers` file that Cloudflare Pages and Netlify read from the root of a deploy: security
 * headers derived from the Content-Security-Policy Astro puts in every page, and caching by
 * whether a file's name changes with its content.
 *
 * Both hosts apply every rule whose pattern matches a request and join two values of one header
 * with a comma, which turns `Cache-Control` into contradictions and a CSP into two policies that
 * both hold. So each header is set by one rule only for any path: security headers under `/*`,
 * `Cache-Control` under patterns that never overlap (`checkRules` proves it on the real output).
 * Patterns use only what both hosts accept alike: a literal path with at most one `*` (which both
 * read as "any characters, `/` included"), no `:placeholders`, no Cloudflare-only `! Header`.
 */

import { headerPolicy, type InlineHashes } from './page-policy.ts';

export type Header = [name: string, value: string];

export interface HeaderRule {
  /** A path from the site root; `*` matches any run of characters, `/` included. */
  path: string;
  headers: Header[];
}

/** Hashed names: a changed file gets a new URL, so a copy can be kept for a year unchecked. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Pages, feeds and the search entry files keep their URL across deploys. Caches may keep them but
 * must ask first (a cheap 304): a page or `pagefind-entry.json` kept a few minutes stale after a
 * deploy would point at hashed files the deploy removed. Without a Cache-Control at all, browsers
 * guess a lifetime from Last-Modified (plain nginx and Caddy send no Cache-Control).
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Powerful features the site never uses, denied to it and to anything it might embed. Only names
 * Chromium recognises: an unknown name costs a console warning on every page (checked in
 * tests/browser/framing.test.ts).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'geolocation', 'gyroscope', 'hid',
  'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment', 'publickey-credentials-get', 'screen-wake-lock', 'serial',
  'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/** Pagefind's files that keep their name from build to build (the rest are named by content). */
const SEARCH_ENTRY_FILES = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind-highlight.js', 'wasm.*'];
const SEARCH_HASHED = ['fragment/*', 'index/*', 'filter/*', '*.pf_meta'];

/** Cloudflare Pages' limits: 100 rules, 2,000 characters a line. Netlify's are looser. */
const MAX_RULES = 100;
const MAX_LINE = 2000;

export interface SiteShape {
  /** The Content-Security-Policy every page carries. */
  policy: string;
  /** What runs ahead of the policy's `<meta>` on any page. */
  beforeMeta?: InlineHashes;
  /** Search bundles, each in `/pagefind/<bundle>/` (the site has one a language). */
  searchBundles: readonly string[];
  /** Names of the files and of the folders at the root of the output. */
  rootFiles: readonly string[];
  rootDirs: readonly string[];
}

/** Folders whose caching is set file by file above, not by the folder's rule. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);
/** Host configuration files, never served. */
const HOST_FILES = new Set(['_headers', '_redirects']);

export function hostHeaderRules(site: SiteShape): HeaderRule[] {
  const cache = (path: string, value: string): HeaderRule => ({ path, headers: [['Cache-Control', value]] });
  return [
    {
      path: '/*',
      headers: [
        ['Content-Security-Policy', headerPolicy(site.policy, site.beforeMeta)],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', PERMISSIONS_POLICY],
      ],
    },
    cache('/_astro/*', IMMUTABLE),
    ...site.searchBundles.flatMap((bundle) => [
      ...SEARCH_HASHED.map((file) => cache(`/pagefind/${bundle}/${file}`, IMMUTABLE)),
      ...SEARCH_ENTRY_FILES.map((file) => cache(`/pagefind/${bundle}/${file}`, REVALIDATE)),
    ]),
    // Pages, feeds, sitemaps and downloads: every other file and folder at the root.
    cache('/', REVALIDATE),
    ...site.rootFiles.filter((file) => !HOST_FILES.has(file)).map((file) => cache(`/${file}`, REVALIDATE)),
    ...site.rootDirs.filter((dir) => !ASSET_DIRS.has(dir)).map((dir) => cache(`/${dir}/*`, REVALIDATE)),
  ];
}

/** The file's text; throws on a rule either host would refuse or read differently. */
export function formatHeadersFile(rules: HeaderRule[], comment: string[] = []): string {
  const problems: string[] = [];
  if (rules.length > MAX_RULES) problems.push(`${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  const lines = comment.map((line) => `# ${line}`);
  for (const { path, headers } of rules) {
    if (!/^\/\S*$/.test(path) || path.split('*').length > 2 || /\/:/.test(path)) {
      problems.push(`path "${path}": expected a path from the root, without spaces, with at most one "*" and no ":placeholder"`);
    }
    lines.push('', path, ...headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  for (const line of lines) {
    if (line.length > MAX_LINE) problems.push(`a line of ${line.length} characters (${line.slice(0, 40).trim()}…); Cloudflare Pages reads at most ${MAX_LINE}`);
  }
  if (problems.length) throw new Error(`_headers: ${problems.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

/** Rules from a `_headers` file: a path line, then indented `Name: value` lines; `#` comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${trimmed}"`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Patterns compiled once: a build checks every file of the output against every rule. */
const compiled = new Map<string, RegExp>();

/** Whether a rule's path matches a request path: `*` any characters, `:name` one segment. */
export function pathMatches(pattern: string, pathname: string): boolean {
  let regexp = compiled.get(pattern);
  if (!regexp) {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    compiled.set(pattern, (regexp = new RegExp(`^${source}$`)));
  }
  return regexp.test(pathname);
}

/** The headers a request gets: every matching rule's, a repeated name's values joined by ", ". */
export function headersFor(rules: HeaderRule[], pathname: string): Header[] {
  const joined = new Map<string, Header>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const seen = joined.get(name.toLowerCase());
      if (seen) seen[1] += `, ${value}`;
      else joined.set(name.toLowerCase(), [name, value]);
    }
  }
  return [...joined.values()];
}

/**
 * Over the paths a site serves: where two rules set one header (a joined, broken value), and
 * which paths get no Cache-Control (left to the host's default, or to browsers' guesses).
 */
export function checkRules(rules: HeaderRule[], paths: Iterable<string>): { repeated: string[]; uncached: string[] } {
  const repeated: string[] = [];
  const uncached: string[] = [];
  for (const pathname of paths) {
    const setters = new Map<string, string[]>();
    for (const rule of rules) {
      if (!pathMatches(rule.path, pathname)) continue;
      for (const [name] of rule.headers) setters.set(name.toLowerCase(), [...(setters.get(name.toLowerCase()) ?? []), rule.path]);
    }
    for (const [name, paths] of setters) if (paths.length > 1) repeated.push(`${pathname}: ${name} set by ${paths.join(' and ')}`);
    if (!setters.has('cache-control')) uncached.push(pathname);
  }
  return { repeated, uncached };
}
