/**
 * What JavaScript a built page loads before any interaction: its inline scripts, its module
 * scripts and everything they import statically. Dynamic `import()` chunks (Chart.js) are listed
 * apart, since they load only when asked for. Sizes are gzip bytes, as a server would send them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPage } from '../../tests/helpers/html.ts';

export const gzipBytes = (text: string | Buffer) => gzipSync(text).length;

function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) found.add(m[1]!);
  return [...found];
}

function dynamicImports(code: string): string[] {
  return [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
}

export interface PageJs {
  /** Files loaded at once, relative to the site root. */
  eager: string[];
  /** Files only imported on demand. */
  lazy: string[];
  eagerGzip: number;
  inlineGzip: number;
}

export function pageJs(dist: string, urlPath: string): PageJs {
  const doc = loadPage(dist, urlPath);
  const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
  const inline = scripts.filter((s) => !s.getAttribute('src')).map((s) => s.textContent ?? '');
  const queue = scripts.flatMap((s) => (s.getAttribute('src') ? [s.getAttribute('src')!] : []));
  // Inline module scripts can import files too.
  for (const code of inline) queue.push(...staticImports(code).map((p) => path.posix.resolve(urlPath, p)));
  const eager = new Set<string>();
  const lazy = new Set<string>();
  for (const code of inline) dynamicImports(code).forEach((p) => lazy.add(path.posix.resolve(urlPath, p)));
  while (queue.length) {
    const file = queue.shift()!;
    if (eager.has(file)) continue;
    eager.add(file);
    const code = readFileSync(path.join(dist, file), 'utf8');
    const dir = path.posix.dirname(file);
    staticImports(code).forEach((p) => queue.push(path.posix.resolve(dir, p)));
    dynamicImports(code).forEach((p) => lazy.add(path.posix.resolve(dir, p)));
  }
  const inlineGzip = inline.reduce((n, code) => n + gzipBytes(code), 0);
  const eagerGzip = inlineGzip + [...eager].reduce((n, f) => n + gzipBytes(readFileSync(path.join(dist, f))), 0);
  return { eager: [...eager], lazy: [...lazy].filter((f) => !eager.has(f)), eagerGzip, inlineGzip };
}
