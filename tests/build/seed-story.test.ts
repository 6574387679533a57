/** The story the site was designed around, as built from `content/`: complete in both languages. */
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { jsonLd, loadPage, pageExists, tableRows, text } from '../helpers/html.ts';

const zh = loadPage(SITE_DIST, '/zh/articles/gpt-5-4-reception/');
const en = loadPage(SITE_DIST, '/en/articles/gpt-5-4-reception/');

const RELATED = [
  ['openai-isara-embodied-ai', 'OpenAI 9.4亿美元押注Isara：战略转向具身AI，剑指物理世界主导权'],
  ['ai-agent-autonomy-gap', 'AI智能体自主性鸿沟：为何现有系统在现实世界中频频失效'],
  ['altman-2026-invisible-infrastructure', '超越基准测试：从奥特曼的2026蓝图看“隐形AI基础设施”时代的到来'],
  ['ai-agent-stack-obsolescence', 'AI智能体海市蜃楼：为何当今技术栈面临18个月后的过时危机'],
];

describe('the seed story', () => {
  it('has its title in both languages', () => {
    expect(text(zh.querySelector('h1'))).toBe('GPT-5.4 反响平平预示生成式 AI 战略转向：从规模崇拜到实用主义');
    expect(text(en.querySelector('h1'))).toBe("GPT-5.4's Lukewarm Reception Signals Generative AI's Pivot from Scale to Utility");
  });

  it('reads from its lede to its last sentence', () => {
    expect(text(zh.querySelector('.lede'))).toMatch(/^随着 GPT-5\.4 发布遭遇用户普遍冷漠.*更大不再意味着更好。$/);
    const body = text(zh.querySelector('.prose'));
    expect(body.startsWith('GPT-5.4 的发布虽然代表了原始能力的又一个增量步骤')).toBe(true);
    expect(body).toContain('否则将面临用户流失的风险。');
    expect(body).toContain('technical frontier 不再是 scale，而是 architectural intelligence');
    expect(body).toContain('Emerging Challengers 正在 bypassing the general model race entirely。');
    expect(body.endsWith('showing how constrained but highly capable AI can outperform a general model on specific 专业任务。')).toBe(true);
    expect([...zh.querySelectorAll('.prose h2')].map(text)).toEqual(['Technical Deep Dive', 'Key Players & Case Studies']);
    expect([...en.querySelectorAll('.prose h2')].map(text)).toEqual(['Technical Deep Dive', 'Key Players & Case Studies']);
  });

  it('shows the seed table with its figures exactly, estimates marked, in both languages', () => {
    expect(tableRows(zh)).toEqual([
      ['模型', '估计参数量', 'MMLU 得分 越高越好', 'HumanEval（Pass@1） 越高越好', '平均推理延迟 毫秒 越低越好', '幻觉率（事实类任务） 越低越好'],
      ['GPT-4 OpenAI', '约1.76万亿 MoE', '86.4%', '67.0%', '320', '约12%'],
      ['GPT-4 Turbo OpenAI', '约1.76万亿 优化版', '85.2%', '66.5%', '210', '约15%'],
      ['Claude 3 Opus Anthropic', '未披露', '86.8%', '84.9% (本列最佳)', '450', '约8% (本列最佳)'],
      ['GPT-5.4 OpenAI', '约2.1万亿 估 MoE', '88.1% (本列最佳)', '71.2%', '190 (本列最佳)', '约11%'],
    ]);
    expect(tableRows(en)).toEqual([
      ['Model', 'Est. parameters', 'MMLU score higher is better', 'HumanEval (Pass@1) higher is better', 'Average inference latency ms lower is better', 'Hallucination rate (factual tasks) lower is better'],
      ['GPT-4 OpenAI', '~1.76T MoE', '86.4%', '67.0%', '320', '~12%'],
      ['GPT-4 Turbo OpenAI', '~1.76T optimized', '85.2%', '66.5%', '210', '~15%'],
      ['Claude 3 Opus Anthropic', 'Undisclosed', '86.8%', '84.9% (best in column)', '450', '~8% (best in column)'],
      ['GPT-5.4 OpenAI', '~2.1T est. MoE', '88.1% (best in column)', '71.2%', '190 (best in column)', '~11%'],
    ]);
  });

  it('keeps the Data Takeaway after the table', () => {
    expect(zh.querySelector('.model-table ~ .callout')).not.toBeNull();
    expect(text(zh.querySelector('.callout'))).toContain('GPT-5.4 的 MMLU 得分比 GPT-4 高出约 1.7 分');
    expect(text(en.querySelector('.callout'))).toContain("GPT-5.4’s MMLU score is roughly 1.7 points higher than GPT-4’s");
  });

  it('has the three FAQ entries on the page and in FAQPage data', () => {
    const questions = [...zh.querySelectorAll('#faq dt')].map(text);
    expect(questions).toHaveLength(3);
    expect(questions[0]).toBe('这次模型发布“GPT-5.4\'s Lukewarm Reception Signals Generative AI\'s Pivot from Scale to Utility”的核心内容是什么？');
    const faq = jsonLd(zh).find((d) => d['@type'] === 'FAQPage') as { mainEntity: { name: string }[] };
    expect(faq.mainEntity.map((q) => q.name)).toEqual(questions);
    expect([...en.querySelectorAll('#faq dt')]).toHaveLength(3);
  });

  it('leads to the four stories of its further reading, each published in both languages', () => {
    const cards = [...zh.querySelectorAll('#related .story-card')];
    expect(cards.map((c) => [c.querySelector('a')?.getAttribute('href'), text(c.querySelector('h3'))])).toEqual(
      RELATED.map(([slug, title]) => [`/zh/articles/${slug}/`, title]),
    );
    for (const [slug] of RELATED) {
      expect(pageExists(SITE_DIST, `/zh/articles/${slug}/`)).toBe(true);
      expect(pageExists(SITE_DIST, `/en/articles/${slug}/`)).toBe(true);
    }
    expect([...en.querySelectorAll('#related .story-card h3 a')].map((a) => a.getAttribute('href'))).toEqual(
      RELATED.map(([slug]) => `/en/articles/${slug}/`),
    );
  });
});

describe('the stories the seed names', () => {
  it.each(RELATED)('%s is a full article in both languages', (slug) => {
    const zhBody = text(loadPage(SITE_DIST, `/zh/articles/${slug}/`).querySelector('.prose'));
    const enBody = text(loadPage(SITE_DIST, `/en/articles/${slug}/`).querySelector('.prose'));
    expect(zhBody.match(/\p{Script=Han}/gu)!.length).toBeGreaterThanOrEqual(600);
    expect(enBody.split(/\s+/).length).toBeGreaterThanOrEqual(400);
  });
});
