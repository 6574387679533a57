/**
 * Synthetic stories for the benchmark and the search tests: realistic bodies in both languages,
 * tags, a model table and charts, written into a content folder the site can build from
 * (`FB_CONTENT_DIR`). Deterministic: the same count and seed always give the same corpus.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TOPICS = [
  { zh: '芯片出口管制', en: 'chip export controls', tags: ['industry-strategy', 'ai-infrastructure'] },
  { zh: '数据中心能耗', en: 'data-centre energy use', tags: ['ai-infrastructure', 'enterprise-ai'] },
  { zh: '开源模型许可', en: 'open-model licensing', tags: ['large-language-models', 'industry-strategy'] },
  { zh: '多模态检索', en: 'multimodal retrieval', tags: ['large-language-models', 'benchmarks'] },
  { zh: '代码助手定价', en: 'coding-assistant pricing', tags: ['enterprise-ai', 'industry-strategy'] },
  { zh: '推理成本下降', en: 'falling inference costs', tags: ['ai-infrastructure', 'large-language-models'] },
  { zh: '监管沙盒', en: 'regulatory sandboxes', tags: ['industry-strategy'] },
  { zh: '端侧模型', en: 'on-device models', tags: ['large-language-models', 'enterprise-ai'] },
  { zh: '合成数据', en: 'synthetic training data', tags: ['large-language-models', 'benchmarks'] },
  { zh: '人才流动', en: 'talent moves between labs', tags: ['industry-strategy', 'investment'] },
];

const ZH = [
  '分析人士认为，{topic}正在改变企业对 AI 的采购方式。',
  '多家公司在最近的财报中提到了{topic}，但给出的细节有限。',
  '对于开发者而言，{topic}意味着新的工具链和新的评估方法。',
  '行业观察者指出，基准测试分数并不能完全反映{topic}带来的影响。',
  '一些初创公司试图围绕{topic}建立差异化的产品。',
  '在企业工作流中，可靠性和成本仍然是决定采用速度的关键因素。',
  '部分研究团队开始公开其评估数据，以回应外界对透明度的要求。',
  '投资者更关注能否把模型能力转化为稳定的收入。',
  '从长期看，{topic}可能会重塑供应链和合作关系。',
  '监管机构也在观察这一趋势，并就数据使用征求意见。',
];
/** Words the real stories are about, said once in passing: search must still rank those stories first. */
const ZH_PASSING = [
  '有观点认为，减少幻觉、提高可靠性比继续扩大规模更重要。',
  '智能体框架的增长也带动了对评估工具和技术栈整合的需求。',
  '世界模型和多模态能力被一些人视为下一阶段的竞争焦点。',
  '机器人和自动驾驶公司同样在关注这一变化带来的投资机会。',
  '基础设施投入往往不被外界看到，却决定了产品能否落地。',
];
const EN = [
  'Analysts say {topic} is changing how enterprises buy AI.',
  'Several companies mentioned {topic} in recent earnings calls, with few details.',
  'For developers, {topic} means new toolchains and new ways to evaluate systems.',
  'Observers note that benchmark scores do not fully capture the effects of {topic}.',
  'A number of start-ups are trying to build differentiated products around {topic}.',
  'In enterprise workflows, reliability and cost still decide how fast tools are adopted.',
  'Some research teams have begun publishing their evaluation data in response to calls for transparency.',
  'Investors care more about whether model capability turns into steady revenue.',
  'In the long run, {topic} may reshape supply chains and partnerships.',
  'Regulators are watching the trend too, and have asked for comments on data use.',
];
const EN_PASSING = [
  'Some argue that reducing hallucination and raising reliability matter more than scale.',
  'The growth of agent frameworks has raised demand for evaluation tools and a stable tech stack.',
  'World models and multimodal skills are seen by some as the next battleground.',
  'Robotics and self-driving companies are watching the change for investment openings.',
  'Infrastructure spending is rarely visible, yet it decides whether products ship.',
];

function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface CorpusOptions {
  /** The folder whose registries (models, metrics, tags) the corpus reuses. */
  registries: string;
  seed?: number;
  /** Also copy the real stories of `registries/articles` into the corpus. */
  withRealStories?: boolean;
}

/** Writes `count` synthetic stories into `dir/articles`, with the registries beside them. */
export async function writeCorpus(dir: string, count: number, options: CorpusOptions): Promise<void> {
  const rand = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  for (const part of ['models', 'metrics', 'tags.yaml']) await cp(path.join(options.registries, part), path.join(dir, part), { recursive: true });
  if (options.withRealStories) await cp(path.join(options.registries, 'articles'), path.join(dir, 'articles'), { recursive: true });
  const models = ['gpt-4', 'gpt-4-turbo', 'claude-3-opus', 'gpt-5-4'];
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS);
    const slug = `synthetic-${String(i).padStart(5, '0')}`;
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000 * 0.7).toISOString().slice(0, 10);
    const rows = models.filter(() => rand() < 0.7).slice(0, 3);
    const table = rows.length >= 2;
    const paragraph = (bank: string[], name: string) =>
      Array.from({ length: 4 }, () => pick(bank).replace('{topic}', name)).join('');
    const passing = Math.floor(rand() * ZH_PASSING.length);
    const zhBody = [1, 2, 3].map((n) => `## 第 ${n} 节：${topic.zh}\n\n${paragraph(ZH, topic.zh)}\n\n${paragraph(ZH, topic.zh)}`).join('\n\n') + `\n\n${ZH_PASSING[passing]}`;
    const enBody = [1, 2, 3].map((n) => `## Part ${n}: ${topic.en}\n\n${paragraph(EN, topic.en).replace(/\./g, '. ')}\n\n${paragraph(EN, topic.en).replace(/\./g, '. ')}`).join('\n\n') + `\n\n${EN_PASSING[passing]}`;
    const comparison = table
      ? [
          'comparison:',
          '  metrics: [mmlu, latency, hallucination-rate]',
          '  rows:',
          ...rows.map((m) => `    ${m}: { mmlu: ${(70 + rand() * 25).toFixed(1)}, latency: ${Math.round(100 + rand() * 400)}, hallucination-rate: "~${Math.round(5 + rand() * 15)}%" }`),
          'charts:',
          '  - { type: bar, metric: mmlu }',
        ].join('\n')
      : '';
    await mkdir(path.join(dir, 'articles', slug), { recursive: true });
    await writeFile(
      path.join(dir, 'articles', slug, 'zh.mdx'),
      `---\ntitle: ${topic.zh}观察（第 ${i + 1} 期）\nsummary: ${paragraph(ZH, topic.zh).slice(0, 80)}\ndate: ${date}\ntags: [${topic.tags.join(', ')}]\n${comparison}\n---\n\n${zhBody}\n\n${table ? '<ModelTable />\n' : ''}`,
    );
    await writeFile(
      path.join(dir, 'articles', slug, 'en.mdx'),
      `---\ntitle: "${topic.en[0]!.toUpperCase()}${topic.en.slice(1)}: notes, issue ${i + 1}"\nsummary: "${paragraph(EN, topic.en).slice(0, 140)}"\n---\n\n${enBody}\n\n${table ? '<ModelTable />\n' : ''}`,
    );
  }
}
