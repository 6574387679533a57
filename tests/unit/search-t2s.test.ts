/** Traditional characters in a search query (src/client/search/t2s*.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL } from '../../src/client/search/t2s-table.ts';
import { hasTraditional } from '../../src/client/search/t2s-gate.ts';
import { toSimplified } from '../../src/client/search/t2s.ts';
import { charsModule, tableModule } from '../helpers/t2s-table.ts';

const SIMPLIFIED_TEXT = '什么 著名的乾隆 温吞反应 海市蜃楼 智能体 幻觉率 后来 于是 OpenAI 机器人 GPT-5.4';

describe('toSimplified', () => {
  it('turns a query typed in traditional characters into the simplified one the index holds', () => {
    expect(toSimplified('溫吞反應')).toBe('温吞反应');
    expect(toSimplified('海市蜃樓')).toBe('海市蜃楼');
    // Taiwan's and Hong Kong's own forms too, and Latin letters and digits as they are.
    expect(toSimplified('GPT-5.4 幻覺率 為何 裡 説明 衞星')).toBe('GPT-5.4 幻觉率 为何 里 说明 卫星');
  });

  it('leaves a query typed in simplified characters as it is', () => {
    expect(toSimplified(SIMPLIFIED_TEXT)).toBe(SIMPLIFIED_TEXT);
  });
});

describe('hasTraditional', () => {
  it('is true exactly when toSimplified would change something', () => {
    for (const query of ['溫吞反應', '海市蜃樓', 'AI 智能體', '説', '㑯', '𠁞']) expect(hasTraditional(query), query).toBe(true);
    for (const query of [SIMPLIFIED_TEXT, 'open-weight', '']) expect(hasTraditional(query), query).toBe(false);
    const missed = [...TRADITIONAL].filter((char) => !hasTraditional(char));
    expect(missed).toEqual([]);
  });
});

describe('the tables', () => {
  it("are OpenCC's conversion, as tests/helpers/t2s-table.ts builds them", () => {
    // A failure shows where they part; writeTable() in that file brings them up to date.
    expect(readFileSync('src/client/search/t2s-table.ts', 'utf8')).toBe(tableModule());
    expect(readFileSync('src/client/search/t2s-chars.ts', 'utf8')).toBe(charsModule());
  });
});
