/**
 * What `astro build` owes a real host: a public URL, and the `_headers` file that Cloudflare Pages
 * and Netlify read (rules in `src/build/host-headers.ts`; nginx and Caddy in docs/deploying.md).
 *
 * The Content-Security-Policy in `_headers` is read back from the pages Astro wrote, so it is the
 * policy `security.csp` in astro.config.mjs produced, hashes and all, never a copy kept by hand.
 * Astro gives every page the same policy (its hashes are site-wide). Should pages ever differ,
 * the build fails rather than writing rules path by path: Cloudflare Pages reads at most 100
 * rules, and a page's rule would also match `/*`, whose policy the host would join to it with a
 * comma, making two policies that both hold.
 *
 * The header adds what a `<meta>` cannot carry: `frame-ancestors 'none'`, and the hashes of any
 * inline script or style ahead of the `<meta>` (the theme script), which the `<meta>` never
 * governs and the header, governing the whole page, would otherwise block.
 */
import { open, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkRules, formatHeadersFile, hostHeaderRules } from '../build/host-headers.ts';
import { inlineBeforeMeta, metaPolicy, type InlineHashes } from '../build/page-policy.ts';
import { siteUrlCheck } from '../build/site-env.ts';

export interface HostHeadersOptions {
  /** Search bundles, each served from `/pagefind/<bundle>/`. */
  searchBundles: readonly string[];
}

/** Pages read at once. */
const PARALLEL_READS = 32;
/** The policy is in `<head>`: a page is read until its head ends, not to its last byte. */
const CHUNK = 16 * 1024;

async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    let text = '';
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      text += buffer.toString('latin1', 0, bytesRead);
      if (!bytesRead || text.includes('</head>')) return Buffer.from(text, 'latin1').toString('utf8');
    }
  } finally {
    await handle.close();
  }
}

interface PagePolicies {
  /** Pages by the policy of their `<meta>` (`''` for pages without one). */
  byPolicy: Map<string, string[]>;
  /** Whatever runs ahead of the `<meta>` on some page, and on how many pages. */
  beforeMeta: InlineHashes;
  pagesWithBefore: number;
}

async function policiesOf(dir: string, pages: string[]): Promise<PagePolicies> {
  const byPolicy = new Map<string, string[]>();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let pagesWithBefore = 0;
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      const head = await readHead(path.join(dir, page));
      const policy = metaPolicy(head) ?? '';
      if (!byPolicy.has(policy)) byPolicy.set(policy, []);
      byPolicy.get(policy)!.push(`/${page}`);
      const before = inlineBeforeMeta(head);
      before.scripts.forEach((hash) => scripts.add(hash));
      before.styles.forEach((hash) => styles.add(hash));
      if (before.scripts.length || before.styles.length) pagesWithBefore++;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  return { byPolicy, beforeMeta: { scripts: [...scripts].sort(), styles: [...styles].sort() }, pagesWithBefore };
}

/**
 * Every file under `out`, as paths from it with `/`, and the entries at its root. Leaves out
 * Astro's `.prerender/` bundle: never served, and removed while the pages are being read.
 */
async function listOutput(out: string) {
  const top = (await readdir(out, { withFileTypes: true })).filter((e) => e.name !== '.prerender' && e.name !== '_headers');
  const below = await Promise.all(top.filter((e) => e.isDirectory()).map((e) => readdir(path.join(out, e.name), { recursive: true, withFileTypes: true })));
  const files = [...top, ...below.flat()]
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  return { files, top };
}

const some = (pages: string[]) => `${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}`;

export default function hostHeaders(options: HostHeadersOptions): AstroIntegration {
  let policies: Promise<PagePolicies> | undefined;
  return {
    name: 'frontier-brief:host-headers',
    hooks: {
      // Before any work, so CI learns in seconds, and only for `astro build`: dev, preview and
      // check never publish anything.
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const check = siteUrlCheck();
        if (check.level === 'error') {
          // The message says all there is to do: a stack trace into this file would only bury it.
          const error = new Error(check.message);
          error.stack = '';
          throw error;
        }
        if (check.level !== 'ok') logger[check.level](check.message);
      },
      // The pages are all written: read them while the other integrations finish their part.
      'astro:build:generated': ({ dir }) => {
        const out = fileURLToPath(dir);
        policies = listOutput(out).then(({ files }) => policiesOf(out, files.filter((f) => f.endsWith('.html'))));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        policies.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const out = fileURLToPath(dir);
        // Now with the downloads, sitemaps and search files the other integrations wrote.
        const { files, top } = await listOutput(out);
        const { byPolicy, beforeMeta, pagesWithBefore } = await (policies ?? policiesOf(out, files.filter((f) => f.endsWith('.html'))));
        const missing = byPolicy.get('');
        if (missing) throw new Error(`_headers: ${some(missing)} carry no Content-Security-Policy <meta>; every page must, for the header to be that policy`);
        if (byPolicy.size !== 1) {
          const list = [...byPolicy].map(([policy, pages], i) => `policy ${i + 1} (${policy.slice(0, 60)}…) on ${some(pages)}`);
          throw new Error(`_headers: pages carry ${byPolicy.size} different Content-Security-Policies, and one header must serve them all: ${list.join('; ')}`);
        }
        const rules = hostHeaderRules({
          policy: [...byPolicy.keys()][0]!,
          beforeMeta,
          searchBundles: options.searchBundles,
          rootFiles: top.filter((e) => e.isFile()).map((e) => e.name).sort(),
          rootDirs: top.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
        });
        const text = formatHeadersFile(rules, [
          'Response headers for Cloudflare Pages and Netlify, written by `astro build` (src/integrations/host-headers.ts)',
          'from the Content-Security-Policy in every page. docs/deploying.md sets the same on nginx and Caddy.',
        ]);
        // Served as a request names them: a page's folder URL as well as its index.html.
        const served = files.flatMap((f) => (f.endsWith('index.html') ? [`/${f}`, `/${f.slice(0, -'index.html'.length)}`] : [`/${f}`]));
        const { repeated, uncached } = checkRules(rules, served);
        if (repeated.length) throw new Error(`_headers: a host would join two values of one header: ${some(repeated)}`);
        if (uncached.length) logger.warn(`_headers: no Cache-Control for ${some(uncached)}; the host's default applies`);
        const early = [...beforeMeta.scripts, ...beforeMeta.styles];
        if (early.length) {
          logger.info(
            `the header policy also allows, by hash, ${early.length} inline script(s) or style(s) that run ahead of the CSP <meta> on ${pagesWithBefore} pages, where the <meta> cannot reach them: ${early.join(' ')}. Listed in security.csp (astro.config.mjs), they would be in the <meta> too`,
          );
        }
        await writeFile(path.join(out, '_headers'), text);
        logger.info(`wrote _headers: ${rules.length} rules, checked against ${served.length} paths (${((performance.now() - start) / 1000).toFixed(1)} s after the other integrations)`);
      },
    },
  };
}
