/**
 * Screenshots of built pages in both themes at phone and desktop width, for looking at what the
 * build makes: `npm run screenshots -- /zh/ /en/articles/gpt-5-4-reception/` (after `npm run build`).
 * Writes PNGs to `screenshots/`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { outDir } from '../src/build/site-env.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const fullPage = !process.argv.includes('--viewport-only');
const targets = paths.length ? paths : ['/zh/', '/en/', '/zh/articles/gpt-5-4-reception/', '/en/articles/gpt-5-4-reception/'];
const out = path.resolve('screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(outDir());
const browser = await launchChromium();
try {
  for (const [width, name] of [[390, 'phone'], [1280, 'desktop']] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const target of targets) {
        await page.goto(server.url + target, { waitUntil: 'networkidle' });
        // Scroll through once so lazy parts (charts) draw, as they would for a reader.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 30));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        const base = `${target.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'root'}-${name}-${scheme}`;
        // Long pages are cut into parts of one screen and a half, so each stays legible when viewed.
        const height = fullPage ? await page.evaluate(() => document.documentElement.scrollHeight) : 900;
        const part = Math.round(900 * 1.5);
        for (let y = 0, n = 1; y < height; y += part, n++) {
          const file = path.join(out, `${base}-${n}.png`);
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
          console.log(file);
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
