import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE,
  REVALIDATE,
  checkRules,
  formatHeadersFile,
  headersFor,
  hostHeaderRules,
  parseHeadersFile,
  pathMatches,
  type HeaderRule,
} from '../../src/build/host-headers.ts';
import { headerPolicy, inlineBeforeMeta, metaPolicy } from '../../src/build/page-policy.ts';

const POLICY = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc='; style-src 'self';";

const SITE = {
  policy: POLICY,
  searchBundles: ['zh', 'en'],
  rootFiles: ['404.html', 'favicon.svg', 'index.html', 'robots.txt', 'sitemap-index.xml', '_headers'],
  rootDirs: ['_astro', 'en', 'pagefind', 'zh'],
};

/** What a built site serves, as requests name it. */
const SERVED = [
  '/', '/index.html', '/404.html', '/favicon.svg', '/robots.txt', '/sitemap-index.xml',
  '/zh/', '/zh/articles/a/', '/zh/articles/a/data.csv', '/en/rss.xml', '/en/search/',
  '/_astro/BaseLayout.astro_astro_type_script_index_0_lang.DsMAAf3S.js', '/_astro/global.DFj8HML-.css',
  '/pagefind/zh/pagefind.js', '/pagefind/zh/pagefind-worker.js', '/pagefind/zh/pagefind-entry.json',
  '/pagefind/zh/pagefind-highlight.js', '/pagefind/zh/wasm.unknown.pagefind', '/pagefind/en/wasm.en.pagefind',
  '/pagefind/zh/pagefind.zh-cn_cf2893a7ed5b3.pf_meta', '/pagefind/en/fragment/en_1a2b3c.pf_fragment',
  '/pagefind/en/index/en_4d5e6f.pf_index', '/pagefind/zh/filter/zh-cn_7a8b9c.pf_filter',
];

const cacheOf = (rules: HeaderRule[], path: string) => headersFor(rules, path).find(([name]) => name === 'Cache-Control')?.[1];

describe('metaPolicy', () => {
  it('reads the policy of the CSP meta element, whatever the attribute order, quoting and entities', () => {
    expect(metaPolicy(`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${POLICY}"></head>`)).toBe(POLICY);
    expect(metaPolicy(`<meta content='a &amp; b; c &#39;x&#39;' HTTP-EQUIV=Content-Security-Policy>`)).toBe("a & b; c 'x'");
    expect(metaPolicy('<meta name="description" content="default-src *">')).toBeUndefined();
  });
});

describe('inlineBeforeMeta', () => {
  it('hashes the inline scripts and styles a browser runs ahead of the CSP meta, and nothing after it', () => {
    const html = [
      '<head><script>document.documentElement.classList.add("js")</script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script><script type="module" src="/a.js"></script>',
      '<script type="module">import "/b.js"</script><style>p{color:red}</style>',
      `<meta http-equiv="content-security-policy" content="${POLICY}"><script>after()</script></head>`,
    ].join('');
    // Hashes as a browser computes them (checked against `openssl dgst -sha256 -binary | base64`).
    expect(inlineBeforeMeta(html)).toEqual({
      scripts: ["'sha256-qOhFsq0QMV2REqNwk5hGH5bZE9SkX6gt6yeyKdYPv+U='", "'sha256-f0HvJ3utXGfJ9MzxogQCySfkFrQ/vTbIkUk1n9gIuZs='"],
      styles: ["'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"],
    });
    expect(inlineBeforeMeta('<script>x()</script>')).toEqual({ scripts: [], styles: [] });
  });
});

describe('headerPolicy', () => {
  it("is the page's directives, tidied, plus frame-ancestors 'none' (a meta policy cannot carry it)", () => {
    expect(headerPolicy(POLICY)).toBe("default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'");
  });

  it('adds what runs ahead of the meta to script-src and style-src, once, or to a copy of default-src', () => {
    const before = { scripts: ["'sha256-s='", "'sha256-abc='"], styles: ["'sha256-t='"] };
    expect(headerPolicy(POLICY, before)).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc=' 'sha256-s='; style-src 'self' 'sha256-t='; frame-ancestors 'none'",
    );
    expect(headerPolicy("default-src 'self'", before)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-s=' 'sha256-abc='; style-src 'self' 'sha256-t='; frame-ancestors 'none'",
    );
  });

  it('keeps a frame-ancestors the configuration chose', () => {
    expect(headerPolicy("default-src 'self'; frame-ancestors https://a.example")).toBe("default-src 'self'; frame-ancestors https://a.example");
  });
});

describe('hostHeaderRules', () => {
  const rules = hostHeaderRules(SITE);

  it('gives every served path one Cache-Control: immutable for hashed names, revalidated for the rest', () => {
    const expected = (path: string) => (/^\/_astro\/|\/(fragment|index|filter)\/|\.pf_meta$/.test(path) ? IMMUTABLE : REVALIDATE);
    expect(SERVED.map((path) => [path, cacheOf(rules, path)])).toEqual(SERVED.map((path) => [path, expected(path)]));
    expect(checkRules(rules, SERVED)).toEqual({ repeated: [], uncached: [] });
  });

  it('sets the security headers once, on every path, and none of them more than once', () => {
    for (const path of [...SERVED, '/no/such/page']) {
      const names = headersFor(rules, path).map(([name]) => name);
      expect(names, path).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']));
    }
    expect(rules.filter((rule) => rule.headers.some(([name]) => name !== 'Cache-Control')).map((rule) => rule.path)).toEqual(['/*']);
    expect(headersFor(rules, '/zh/')).toContainEqual(['Content-Security-Policy', headerPolicy(POLICY)]);
  });

  it('follows the languages it is given and leaves out host files', () => {
    const paths = hostHeaderRules({ ...SITE, searchBundles: ['fr'], rootDirs: ['fr', '_astro', 'pagefind'] }).map((rule) => rule.path);
    expect(paths).toEqual(expect.arrayContaining(['/pagefind/fr/fragment/*', '/pagefind/fr/pagefind-entry.json', '/fr/*']));
    expect(paths.filter((path) => /^\/(?:zh|en)\/|^\/pagefind\/(?:zh|en|\*)|_headers|^\/(?:_astro|pagefind)\/\*$/.test(path))).toEqual(['/_astro/*']);
  });
});

describe('checkRules', () => {
  it('finds a path that two rules give one header, and a path no rule caches', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
      { path: '/assets/*', headers: [['Cache-Control', IMMUTABLE]] },
      { path: '/*.js', headers: [['Cache-Control', REVALIDATE]] },
    ];
    expect(checkRules(rules, ['/assets/a.js', '/assets/b.css', '/c.html'])).toEqual({
      repeated: ['/assets/a.js: cache-control set by /assets/* and /*.js'],
      uncached: ['/c.html'],
    });
  });
});

describe('the _headers file', () => {
  it('reads back as the rules it was written from', () => {
    const rules = hostHeaderRules(SITE);
    const text = formatHeadersFile(rules, ['written by a test']);
    expect(text.startsWith('# written by a test\n')).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('refuses what Cloudflare Pages or Netlify would refuse or read differently', () => {
    const rule = (path: string, value = 'x'): HeaderRule => ({ path, headers: [['X-Test', value]] });
    expect(() => formatHeadersFile([rule('/a/*/b/*')])).toThrow(/path "\/a\/\*\/b\/\*".*at most one "\*"/);
    expect(() => formatHeadersFile([rule('/movies/:title')])).toThrow(/no ":placeholder"/);
    expect(() => formatHeadersFile([rule('/a', 'v'.repeat(2000))])).toThrow(/a line of 2010 characters.*at most 2000/);
    expect(() => formatHeadersFile(Array.from({ length: 101 }, (_, i) => rule(`/${i}`)))).toThrow(/101 rules; Cloudflare Pages reads at most 100/);
  });

  it('parses comments, blank lines and indented headers, and refuses a header before any path', () => {
    expect(parseHeadersFile('# c\n/a\n  X: 1\n\n  # c\n  Y: a: b\n/b/*\n\tZ: 2\n')).toEqual([
      { path: '/a', headers: [['X', '1'], ['Y', 'a: b']] },
      { path: '/b/*', headers: [['Z', '2']] },
    ]);
    expect(() => parseHeadersFile('  X: 1\n')).toThrow(/line 1: expected "Name: value" under a path/);
  });
});

describe('pathMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/a/b.html', true],
    ['/zh/*', '/zh/', true],
    ['/zh/*', '/zh', false],
    ['/zh/*', '/zhx/', false],
    ['/*.pf_meta', '/pagefind/zh/x.pf_meta', true],
    ['/pagefind/zh/*.pf_meta', '/pagefind/zh/fragment/x.pf_fragment', false],
    ['/pagefind/zh/wasm.*', '/pagefind/zh/wasm.unknown.pagefind', true],
    ['/a.b', '/aXb', false],
    ['/movies/:title', '/movies/up', true],
    ['/movies/:title', '/movies/up/2', false],
    ['/', '/index.html', false],
  ])('%s on %s: %s', (pattern, path, matches) => {
    expect(pathMatches(pattern, path)).toBe(matches);
  });

  it('joins the values of a header that two matching rules set, as the hosts do', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: [['Cache-Control', 'max-age=0']] },
      { path: '/a/*', headers: [['cache-control', IMMUTABLE]] },
    ];
    expect(headersFor(rules, '/a/x')).toEqual([['Cache-Control', `max-age=0, ${IMMUTABLE}`]]);
  });
});
