/**
 * Social cards drawn by the real renderer (Takumi, with the npm font): size, format, fitting and
 * glyphs. Samples are left in .tmp/card-samples/ to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CardSpec } from '../../src/lib/cards/card.ts';
import { CARD_HEIGHT, CARD_WIDTH, TITLE_SIZES } from '../../src/lib/cards/layout.ts';
import { missingGlyphs } from '../../src/lib/cards/glyphs.ts';
import { CardRenderer } from '../../src/lib/cards/render.ts';
import { cardSettings } from '../../src/lib/cards/settings.ts';
import { projectRoot } from '../../src/build/site-env.ts';

const SAMPLES = path.join(projectRoot, '.tmp/card-samples');
mkdirSync(SAMPLES, { recursive: true });
const cache = mkdtempSync(path.join(projectRoot, '.tmp', 'card-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const renderer = new CardRenderer(cardSettings(projectRoot, cache));
renderer.raiseLimit(4);
const fitTitle = (spec: CardSpec) => renderer.fitTitle(spec);
const cardSvg = (spec: CardSpec) => renderer.svg(spec);
const glyphsMissing = (text: string) => missingGlyphs(text, renderer.settings.fontDir);

const zh: CardSpec = {
  lang: 'zh',
  site: '前沿简报',
  title: '开源模型追平闭源旗舰：企业采购与云厂商定价将如何重新洗牌？',
  date: '2026年11月26日',
  tags: ['开源', '大语言模型', '基准测试'],
  chart: { label: 'MMLU 得分', bars: [{ name: 'GPT-5.4', value: 88.1, figure: '88.1%' }, { name: 'Claude 3 Opus', value: 86.8, figure: '约86.8% 估' }] },
  alt: '',
};
const en: CardSpec = { ...zh, lang: 'en', site: 'Frontier Brief', title: 'Open models catch up with closed flagships: who reprices first?', date: 'November 26, 2026', tags: ['Open source', 'LLMs', 'Benchmarks'] };
const long = (spec: CardSpec, title: string): CardSpec => ({ ...spec, title });
const longZh = long(zh, '一个很长的标题：当开源模型在推理、编程、多语言理解和长上下文检索等十几项基准测试中同时追平闭源旗舰模型之后，企业采购、云厂商定价与芯片供应链将如何在未来十八个月内重新洗牌，谁会是最先调整价格的一方？');
const longEn = long(en, 'A very long title: when open-weight models match closed flagships on a dozen benchmarks at once (reasoning, coding, multilingual understanding and long-context retrieval), how will enterprise procurement, cloud pricing and the chip supply chain reshuffle over the next eighteen months?');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('a social card', () => {
  it('is a 1200×630 PNG of at most 100 KB, and differs between languages', async () => {
    const pngs = await Promise.all([zh, en, longZh, longEn].map((spec) => renderer.png(spec)));
    pngs.forEach((png, i) => writeFileSync(path.join(SAMPLES, `card-${i}.png`), png));
    for (const png of pngs) {
      expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(png.length).toBeLessThanOrEqual(100_000);
    }
    expect(pngs[0]!.equals(pngs[1]!)).toBe(false);
  });

  it('fits any title: a short one at the largest size, a long one smaller, never taller than its box', async () => {
    for (const spec of [zh, en, longZh, longEn]) {
      const fit = await fitTitle(spec);
      expect(fit.height, spec.title).toBeLessThanOrEqual(fit.box);
    }
    expect((await fitTitle({ ...zh, title: '短标题', chart: undefined })).size).toBe(TITLE_SIZES[0]);
    expect((await fitTitle(longZh)).size).toBeLessThan((await fitTitle(zh)).size);
    expect((await fitTitle(longEn)).size).toBeLessThan((await fitTitle(en)).size);
    // Beyond any headline: the smallest size, cut with an ellipsis inside the box.
    const endless = await fitTitle(long(en, 'word '.repeat(400)));
    expect(endless.size).toBe(TITLE_SIZES.at(-1));
    expect(endless.height).toBeLessThanOrEqual(endless.box);
  });

  it("draws every character of a Chinese card with the font's own glyphs, none as the missing-glyph box", async () => {
    const spec: CardSpec = { lang: 'zh', site: '前沿简报', title: '幻觉率与价格成焦点：开发者说“更会偷懒”。', tags: [], alt: '' };
    expect(glyphsMissing(spec.site + spec.title)).toEqual([]);
    const svg = await cardSvg(spec);
    const glyphs = new Map([...svg.matchAll(/<path id="(g\d+)" d="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    const uses = [...svg.matchAll(/<use href="#(g\d+)"/g)].map((m) => m[1]!);
    // One glyph drawn a character: nothing dropped.
    expect(uses).toHaveLength([...(spec.site + spec.title)].length);
    // The box the font draws for a character it lacks (a private-use one), absent from the card.
    const tofuSvg = await cardSvg({ ...spec, site: '', title: '\uE000' });
    const tofu = [...tofuSvg.matchAll(/<path id="g\d+" d="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of uses) expect(tofu).not.toContain(glyphs.get(id));
    expect(glyphsMissing('\uE000')).toEqual(['\uE000']);
  });
});
