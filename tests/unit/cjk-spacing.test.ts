/** Spaces where generated Chinese meets Latin letters or digits (src/lib/cjk-spacing.ts, and t() in Chinese). */
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/lib/cjk-spacing.ts';
import { t } from '../../src/i18n/index.ts';

describe('Chinese templates', () => {
  it('space the joints where Chinese meets Latin or digits, and only those', () => {
    const label = 'MMLU 得分';
    expect(zh`模型的${label}为${'200,000'} token`).toBe('模型的 MMLU 得分为 200,000 token');
    expect(zh`（${'88.1%'}）`).toBe('（88.1%）');
    expect(zh`${'GPT-5.4'} 的${'参数量'}`).toBe('GPT-5.4 的参数量');
    // The text filled in keeps its own spacing: a date, a figure with a Chinese magnitude.
    expect(zh`发布于${'2026年11月26日'}，约${'2.1万亿'}`).toBe('发布于 2026年11月26日，约 2.1万亿');
  });

  it('apply to UI strings with placeholders in Chinese, not in English', () => {
    expect(t('zh', 'card.altChart', { site: '前沿简报', title: '标题', metric: 'MMLU 得分' })).toBe('前沿简报：标题，附 MMLU 得分柱状图');
    expect(t('en', 'card.altChart', { site: 'Frontier Brief', title: 'Title', metric: 'MMLU score' })).toBe('Frontier Brief: Title, with a bar chart of MMLU score');
  });
});
