/**
 * One sentence that says what a chart shows, in the page's language, from the same figures:
 * "GPT-5.4 has the highest MMLU score, 88.1%, 1.3 points above Claude 3 Opus."
 * It is the chart's caption and the canvas's accessible name.
 */
import { zh } from './cjk-spacing.ts';
import type { ChartSpec } from '../schemas/chart.ts';
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Cell } from './cell.ts';
import { formatNumber } from './format.ts';
import type { Comparison } from './story.ts';

type Figure = { model: string; cell: Extract<Cell, { kind: 'value' }> };

/** A metric label inside an English sentence: "Average inference latency" → "average inference latency". */
function inSentence(label: string, lang: Lang): string {
  // Only a capitalised ordinary word is lowered; "MMLU" and "HumanEval" keep their capitals.
  return lang === 'en' && /^[A-Z][a-z]+\b(?![A-Z])/.test(label) && !/^[A-Z][a-z]+[A-Z]/.test(label)
    ? label[0]!.toLowerCase() + label.slice(1)
    : label;
}

/**
 * A figure as read aloud: "~12%", "190 ms", "2.1T (est.)"; in Chinese "约 12%", "190 毫秒",
 * "2.1万亿（估计）". Inside brackets already (`bracketed`), the estimate is a clause, not a second
 * pair of brackets: "(0.90 USD, est.)", "（0.90 美元，估计）".
 */
export function spokenValue(cell: Figure['cell'], metric: Metric, lang: Lang, bracketed = false): string {
  const unit = metric.format === 'number' && metric.unit ? ` ${metric.unit[lang]}` : '';
  const approx = cell.approx ? (lang === 'zh' ? '约 ' : '~') : '';
  const mark = { zh: bracketed ? '，估计' : '（估计）', en: bracketed ? ', est.' : ' (est.)' };
  const estimate = cell.estimate ? mark[lang] : '';
  return `${approx}${formatNumber(cell.value, metric, lang)}${unit}${estimate}`;
}

/** A difference between two figures: "1.3 points" for percentages, "20 ms", "0.34T". */
export function spokenDifference(diff: number, metric: Metric, lang: Lang): string {
  if (metric.format === 'percent') {
    const text = formatNumber(diff, { ...metric, format: 'number' }, lang);
    return lang === 'zh' ? zh`${text} 个百分点` : `${text} ${diff === 1 ? 'point' : 'points'}`;
  }
  const unit = metric.format === 'number' && metric.unit ? ` ${metric.unit[lang]}` : '';
  return `${formatNumber(diff, metric, lang)}${unit}`;
}

const EXTREME = {
  en: { higher: 'highest', lower: 'lowest', neutral: 'largest' },
  zh: { higher: '最高', lower: '最低', neutral: '最大' },
} as const;

function join(items: string[], lang: Lang): string {
  if (lang === 'zh') return items.join('、');
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The figures of one metric, best first (largest first for neutral metrics), ties in row order. */
function ranked(comparison: Comparison, id: string, metric: Metric, name: (id: string) => string): Figure[] {
  const figures: Figure[] = [];
  for (const row of comparison.rows) {
    const cell = row.cells[id]!;
    if (cell.kind === 'value') figures.push({ model: name(row.model), cell });
  }
  const sign = metric.better === 'lower' ? 1 : -1;
  return figures.sort((a, b) => sign * (a.cell.value - b.cell.value));
}

function undisclosedBy(comparison: Comparison, id: string, name: (id: string) => string): string[] {
  return comparison.rows.filter((row) => row.cells[id]?.kind === 'undisclosed').map((row) => name(row.model));
}

function leaderClause(figures: Figure[], metric: Metric, lang: Lang): string {
  const label = inSentence(metric.label[lang], lang);
  const extreme = EXTREME[lang][metric.better];
  const [top, next] = figures;
  if (!top) return lang === 'zh' ? zh`没有已公布的${label}数据` : `no ${label} figure has been published`;
  const value = spokenValue(top.cell, metric, lang);
  const tied = figures.filter((f) => f.cell.value === top.cell.value).map((f) => f.model);
  if (tied.length > 1) {
    return lang === 'zh' ? zh`${join(tied, lang)} 的${label}并列${extreme}，为${value}` : `${join(tied, lang)} share the ${extreme} ${label}, ${value}`;
  }
  if (!next || metric.better === 'neutral') {
    return lang === 'zh' ? zh`${top.model} 的${label}${extreme}，为${value}` : `${top.model} has the ${extreme} ${label}, ${value}`;
  }
  const diff = spokenDifference(Math.abs(top.cell.value - next.cell.value), metric, lang);
  if (lang === 'zh') {
    return zh`${top.model} 的${label}${extreme}，为${value}，比 ${next.model} ${metric.better === 'higher' ? '高' : '低'} ${diff}`;
  }
  return `${top.model} has the ${extreme} ${label}, ${value}, ${diff} ${metric.better === 'higher' ? 'above' : 'below'} ${next.model}`;
}

function shortLeader(figures: Figure[], metric: Metric, lang: Lang): { model: string; text: string } | undefined {
  const top = figures[0];
  if (!top) return undefined;
  const label = inSentence(metric.label[lang], lang);
  const extreme = EXTREME[lang][metric.better];
  const value = spokenValue(top.cell, metric, lang, true);
  return { model: top.model, text: lang === 'zh' ? zh`${label}${extreme}（${value}）` : `the ${extreme} ${label} (${value})` };
}

export function chartSummary(
  spec: ChartSpec,
  comparison: Comparison,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
  lang: Lang,
): string {
  const name = (id: string) => models.get(id)!.name;
  const end = lang === 'zh' ? '。' : '.';

  if (spec.type === 'scatter') {
    const [mx, my] = [metrics.get(spec.x)!, metrics.get(spec.y)!];
    const ly = shortLeader(ranked(comparison, spec.y, my, name), my, lang);
    const lx = shortLeader(ranked(comparison, spec.x, mx, name), mx, lang);
    if (!ly || !lx) return lang === 'zh' ? '数据不足，无法比较。' : 'Too few figures to compare.';
    if (ly.model === lx.model) {
      return lang === 'zh' ? zh`${ly.model} 的${ly.text}，${lx.text}${end}` : `${ly.model} has both ${ly.text} and ${lx.text}${end}`;
    }
    return lang === 'zh' ? zh`${ly.model} 的${ly.text}，${lx.model} 的${lx.text}${end}` : `${ly.model} has ${ly.text}; ${lx.model} has ${lx.text}${end}`;
  }

  if (spec.type === 'grouped') {
    const clauses = spec.metrics.map((id) => {
      const metric = metrics.get(id)!;
      const leader = shortLeader(ranked(comparison, id, metric, name), metric, lang);
      if (!leader) return lang === 'zh' ? zh`${metric.label.zh}无数据` : `no ${inSentence(metric.label.en, lang)} figures`;
      return lang === 'zh' ? zh`${leader.model} 的${leader.text}` : `${leader.model} has ${leader.text}`;
    });
    const sentence = clauses.join(lang === 'zh' ? '；' : '; ');
    return lang === 'zh' ? zh`${sentence}${end}` : `${sentence[0]!.toUpperCase()}${sentence.slice(1)}${end}`;
  }

  const metric = metrics.get(spec.metric)!;
  const lead = leaderClause(ranked(comparison, spec.metric, metric, name), metric, lang);
  const hidden = undisclosedBy(comparison, spec.metric, name);
  const tail = hidden.length === 0 ? '' : lang === 'zh' ? zh`${join(hidden, lang)} 未披露此数据。` : ` ${join(hidden, lang)} ${hidden.length > 1 ? 'have' : 'has'} not disclosed it.`;
  const sentence = lang === 'en' ? `${lead[0]!.toUpperCase()}${lead.slice(1)}` : lead;
  return `${sentence}${end}${tail}`;
}
