/**
 * Tables on a phone (390 px), over a copy of the fixture with tests/fixtures/wide-table added: a
 * story whose model table has six metrics (上下文窗口 among them) and two Markdown tables, neither
 * of which fits. On every page with a table: the column that names the rows stays in view while
 * the rest scrolls, a shade at the edge says more columns lie beyond (gone at the end), keyboard
 * users reach and scroll each table and tell them apart, and no header breaks inside a word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';
import { projectRoot } from '../../src/build/site-env.ts';

const WIDE = path.join(projectRoot, 'tests/fixtures/wide-table/content');
const PHONE = { width: 390, height: 800 };

let dir = '';
const dist = () => path.join(dir, 'dist');

beforeAll(async () => {
  dir = await copyFixture('wide-table');
  await cp(WIDE, path.join(dir, 'content'), { recursive: true });
  const { code, output } = await buildSite(path.join(dir, 'content'), dist());
  if (code !== 0) throw new Error(output);
}, 180_000);
const site = servedSite(dist);
afterAll(() => removeDir(dir));

/** Every built page with a table on it, as URL paths. */
function pagesWithTables(): string[] {
  return readdirSync(dist(), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && readFileSync(path.join(dist(), file), 'utf8').includes('<table'))
    .map((file) => `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'))
    .sort();
}

async function phonePage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await site.browser.newContext({ viewport: PHONE, colorScheme });
  return context.newPage();
}

/** The scroll regions of the page that are wider than the screen, each scrolled into view. */
async function overflowing(page: Page): Promise<Locator[]> {
  const regions = await page.locator('.table-scroll').all();
  const wide: Locator[] = [];
  for (const region of regions) {
    if (await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1)) wide.push(region);
  }
  return wide;
}

/** Brings a region's first row to the middle of the screen, scrolls the region sideways (0 = start, 1 = end), and waits for the frame that shows it. */
function scrollTo(region: Locator, where: 0 | 1): Promise<void> {
  return region.evaluate(async (el, end) => {
    window.scrollBy(0, el.querySelector('tbody tr')!.getBoundingClientRect().top - innerHeight / 2);
    el.scrollLeft = end ? el.scrollWidth : 0;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, where);
}

/** The colour of one screen pixel, read from Chromium's own PNG of it. */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const chunks: Buffer[] = [];
  let colorType = 0;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') colorType = png[at + 8 + 9]!;
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  if (colorType !== 2 && colorType !== 6) throw new Error(`unexpected PNG colour type ${colorType}`);
  // One pixel: a filter byte, then its samples, which every PNG filter leaves as they are for the first pixel.
  return [...inflateSync(Buffer.concat(chunks)).subarray(1, 4)];
}

const parseRgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);
const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

describe('tables on a phone', () => {
  it('finds the wide table it is about', async () => {
    const page = await phonePage();
    for (const lang of ['zh', 'en']) {
      await page.goto(`${site.url}/${lang}/articles/wide-table-story/`);
      expect(await page.locator('.model-table').evaluate((el) => el.scrollWidth > 1.5 * el.clientWidth), lang).toBe(true);
    }
    await page.context().close();
  });

  it('keeps the column that names the rows in view while the rest scrolls', async () => {
    const page = await phonePage();
    const failures: string[] = [];
    let checked = 0;
    for (const urlPath of pagesWithTables()) {
      await page.goto(site.url + urlPath);
      for (const [index, region] of (await overflowing(page)).entries()) {
        await scrollTo(region, 1);
        checked++;
        const hidden = await region.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return [...el.querySelectorAll('tbody tr')].flatMap((row) => {
            // The row's header (a model, a metric, a story), or a Markdown table's first cell.
            const cell = row.querySelector('th[scope="row"]') ?? (row as HTMLTableRowElement).cells[0]!;
            const r = cell.getBoundingClientRect();
            const y = r.top + Math.min(r.height / 2, 12);
            const inView = r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
            const onTop = y < 0 || y > innerHeight || cell.contains(document.elementFromPoint(r.left + r.width / 2, y));
            return inView && onTop ? [] : [(cell.textContent ?? '').trim()];
          });
        });
        if (hidden.length) failures.push(`${urlPath} table ${index + 1}: ${hidden.join(', ')}`);
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(failures).toEqual([]);
    await page.context().close();
  }, 120_000);

  it.each(['light', 'dark'] as const)('shades the edge where more columns lie, and not at the end (%s theme)', async (scheme) => {
    const page = await phonePage(scheme);
    const failures: string[] = [];
    for (const urlPath of pagesWithTables()) {
      await page.goto(site.url + urlPath);
      const background = parseRgb(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      for (const [index, region] of (await overflowing(page)).entries()) {
        // Just inside the right border, in the top padding of the first row: background and shade only, no text.
        const edge = () => region.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return { x: box.right - 4, y: el.querySelector('tbody tr')!.getBoundingClientRect().top + 3 };
        });
        await scrollTo(region, 0);
        let at = await edge();
        const start = distance(await pixel(page, at.x, at.y), background);
        await scrollTo(region, 1);
        at = await edge();
        const end = distance(await pixel(page, at.x, at.y), background);
        if (start < 24 || end > 4) failures.push(`${urlPath} table ${index + 1}: right edge differs from the page by ${start} at the start, ${end} at the end`);
      }
    }
    expect(failures).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('lets the keyboard reach each table by a name of its own, scroll it with the arrow keys, and never hides what it focuses', async () => {
    const page = await phonePage();
    const failures: string[] = [];
    /** Where focus is: on a table's scroll region, on something inside one, or elsewhere. */
    const focusKind = () => page.locator(':focus').evaluate((el) => (el.matches('.table-scroll') ? 'region' : el.closest('.table-scroll') ? 'inside' : 'other'));
    /** Whether all of what has focus inside a table is out of sight: outside its box, under the sticky column, or covered. */
    const focusHidden = () =>
      page.locator(':focus').evaluate((el) => {
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
        const box = el.closest('.table-scroll')!.getBoundingClientRect();
        const cell = el.closest('th, td')!;
        const sticky = [...(cell.parentElement as HTMLTableRowElement).cells].find((c) => getComputedStyle(c).position === 'sticky');
        const left = Math.max(r.left, box.left, sticky && sticky !== cell ? sticky.getBoundingClientRect().right : -Infinity);
        const right = Math.min(r.right, box.right);
        if (right - left < Math.min(8, r.width)) return true;
        return !el.contains(document.elementFromPoint((left + right) / 2, r.top + r.height / 2));
      });
    for (const urlPath of ['/zh/articles/wide-table-story/', '/en/articles/wide-table-story/', '/zh/metrics/score/', '/en/models/model-a/']) {
      await page.goto(site.url + urlPath);
      const regions = await page.locator('.table-scroll').count();
      // Forward through every table and what it holds, to the first thing after the last one; then,
      // every table scrolled to its end, back again with Shift+Tab.
      for (const key of ['Tab', 'Shift+Tab']) {
        if (key === 'Shift+Tab') await page.evaluate(() => document.querySelectorAll('.table-scroll').forEach((el) => (el.scrollLeft = el.scrollWidth)));
        const reached: string[] = [];
        for (let presses = 0, kind = ''; (reached.length < regions || kind !== 'other') && presses < 150; presses++) {
          await page.keyboard.press(key);
          kind = await focusKind();
          if (kind === 'inside' && (await focusHidden())) failures.push(`${urlPath} (${key}): focus on "${(await page.locator(':focus').textContent())?.trim()}" is hidden`);
          if (kind !== 'region') continue;
          const focused = page.locator(':focus');
          // The name assistive technology reads, and the one region of the page that has it.
          const name = await focused.evaluate((el) => el.getAttribute('aria-label') ?? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
          const named = page.getByRole('region', { name, exact: true });
          if (!name || (await named.count()) !== 1 || !(await named.evaluate((el) => el === document.activeElement))) {
            failures.push(`${urlPath} (${key}): table ${reached.length + 1} is not the one region named "${name}"`);
          }
          reached.push(name);
          if (key === 'Tab' && (await focused.evaluate((el) => el.scrollWidth > el.clientWidth + 1))) {
            // The arrow key scrolls smoothly: the next Tab waits for that scroll to end, or the
            // animation would carry on after focus has moved and pull the focused cell away.
            await focused.evaluate((el) => {
              (el as HTMLElement & { scrolled?: Promise<unknown> }).scrolled = new Promise((resolve) => el.addEventListener('scrollend', resolve, { once: true }));
            });
            await page.keyboard.press('ArrowRight');
            await focused.evaluate((el) => (el as HTMLElement & { scrolled?: Promise<unknown> }).scrolled);
            expect(await focused.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
          }
        }
        if (reached.length < regions) failures.push(`${urlPath} (${key}): reached ${reached.length} of ${regions} tables`);
      }
    }
    expect(failures).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('breaks no header inside a word (上下文窗口 never as 上下文窗 / 口)', async () => {
    const page = await phonePage();
    const failures: string[] = [];
    for (const urlPath of pagesWithTables()) {
      await page.goto(site.url + urlPath);
      failures.push(
        ...(await page.evaluate(() => {
          const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
          return [...document.querySelectorAll('th')].flatMap((th) => {
            // Each character's box; a line ends where the next character sits lower.
            const chars: { at: number; top: number; height: number }[] = [];
            let text = '';
            const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
            let block: Element | null = null;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              // A line that ends where a block (a unit, a date) begins breaks no word: a newline marks the joint.
              let parent = node.parentElement!;
              while (parent !== th && getComputedStyle(parent).display.startsWith('inline')) parent = parent.parentElement!;
              if (block && parent !== block) text += '\n';
              block = parent;
              for (let i = 0; i < node.textContent!.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = range.getClientRects()[0];
                if (rect && rect.width > 0 && /\S/.test(node.textContent![i]!)) chars.push({ at: text.length + i, top: rect.top, height: rect.height });
              }
              text += node.textContent;
            }
            const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
            const breaks: string[] = [];
            for (let i = 1; i < chars.length; i++) {
              const [before, after] = [chars[i - 1]!, chars[i]!];
              if (after.top < before.top + before.height / 2) continue;
              // Fine if a word starts anywhere from just after the last character of the line to the first of the next.
              let atBoundary = false;
              for (let b = before.at + 1; b <= after.at; b++) atBoundary ||= boundaries.has(b);
              if (!atBoundary) breaks.push(`${text.slice(0, after.at).trim()} / ${text.slice(after.at).trim()}`.replace(/\s+/g, ' '));
            }
            return breaks.map((b) => `${location.pathname}: ${b}`);
          });
        })),
      );
    }
    expect(failures).toEqual([]);
    await page.context().close();
  }, 120_000);
});
