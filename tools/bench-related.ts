/**
 * Related reading at scale: builds the index and picks the cards of every story, in both
 * languages, for synthetic corpora of 1k to 10k stories. The baseline, measured in the same run,
 * is counting the terms of the same texts (work any text-based choice must do), so the ratio says
 * what the choosing itself costs. Usage: `npm run bench:related [-- 1000 2000 5000 10000]`.
 */
import { performance } from 'node:perf_hooks';
import { buildRelatedIndex, relatedFor, type RelatedInput } from '../src/lib/related.ts';
import { termCounts } from '../src/lib/text-terms.ts';

const HAN = '模型智能体推理基础设施可靠性企业工作流规模效用基准测试幻觉延迟成本开源生态机器人芯片数据训练部署安全框架平台市场用户开发者';
const WORDS = 'agent model benchmark latency reliability inference scaling utility enterprise workflow robotics chip training deployment safety open source platform market developer reasoning world video'.split(' ');

/** A deterministic pseudo-random sequence, so every run measures the same corpus. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function corpus(n: number): RelatedInput[] {
  const rand = random(42);
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    // A title and a summary in each language: about 160 Chinese characters and 60 English words.
    let text = '';
    for (let s = 0; s < 8; s++) {
      for (let c = 0; c < 20; c++) text += HAN[Math.floor(rand() * HAN.length)];
      for (let w = 0; w < 8; w++) text += ` ${pickOf(WORDS)}`;
      text += '。';
    }
    return {
      slug: `story-${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 7),
      langs: rand() < 0.9 ? ['zh', 'en'] : ['zh'],
      tags: [`tag-${Math.floor(rand() * 40)}`, `tag-${Math.floor(rand() * 40)}`],
      models: rand() < 0.5 ? [`model-${Math.floor(rand() * 200)}`, `model-${Math.floor(rand() * 200)}`] : [],
      vendors: [`vendor-${Math.floor(rand() * 12)}`],
      text,
      related: [],
    };
  });
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const rows = [];
for (const n of sizes.length ? sizes : [1000, 2000, 5000, 10000]) {
  const inputs = corpus(n);
  const baseline = time(() => inputs.forEach((i) => termCounts(i.text)));
  const seconds = time(() => {
    const index = buildRelatedIndex(inputs);
    for (const input of inputs) relatedFor(index, input.slug, ['zh', 'en']);
  });
  rows.push({ stories: n, seconds: Number(seconds.toFixed(3)), baselineSeconds: Number(baseline.toFixed(3)), ratio: Number((seconds / baseline).toFixed(2)), microsecondsPerStory: Math.round((seconds / n) * 1e6) });
}
console.table(rows);
console.log(JSON.stringify({ benchmark: 'related', rows }));
