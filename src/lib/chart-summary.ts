/**
 * One sentence that says what a chart shows, in the page's language, from the same figures:
 * "GPT-5.4 has the highest MMLU score, 88.1%, 1.3 points above Claude 3 Opus."
 * It is the chart's caption and the canvas's accessible name.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { languageInfo } from '../i18n/languages.ts';
import { list, plural, sentenceStart, t } from '../i18n/index.ts';
import type { Cell } from './cell.ts';
import { formatNumber } from './format.ts';
import type { Comparison } from './story.ts';

type Figure = { model: string; cell: Extract<Cell, { kind: 'value' }> };

/** A metric label inside a sentence: "Average inference latency" → "average inference latency". */
function inSentence(label: string, lang: Lang): string {
  // Only a capitalised ordinary word is lowered; "MMLU" and "HumanEval" keep their capitals.
  return languageInfo(lang).cased && /^[A-Z][a-z]+\b(?![A-Z])/.test(label) && !/^[A-Z][a-z]+[A-Z]/.test(label)
    ? label[0]!.toLowerCase() + label.slice(1)
    : label;
}

/**
 * A figure as read aloud: "~12%", "190 ms", "2.1T (est.)"; in Chinese "约 12%", "190 毫秒",
 * "2.1万亿（估计）". Inside brackets already (`bracketed`), the estimate is a clause, not a second
 * pair of brackets: "(0.90 USD, est.)", "（0.90 美元，估计）".
 */
export function spokenValue(cell: Figure['cell'], metric: Metric, lang: Lang, bracketed = false): string {
  let figure = formatNumber(cell.value, metric, lang);
  if (metric.format === 'number' && metric.unit) figure = t(lang, 'spoken.unit', { figure, unit: metric.unit[lang] });
  if (cell.approx) figure = t(lang, 'spoken.approx', { figure });
  if (cell.estimate) figure = t(lang, bracketed ? 'spoken.estimateInBrackets' : 'spoken.estimate', { figure });
  return figure;
}

/** A difference between two figures: "1.3 points" for percentages, "20 ms", "0.34T". */
export function spokenDifference(diff: number, metric: Metric, lang: Lang): string {
  if (metric.format === 'percent') {
    return plural(lang, 'spoken.points', diff, { figure: formatNumber(diff, { ...metric, format: 'number' }, lang) });
  }
  const figure = formatNumber(diff, metric, lang);
  return metric.format === 'number' && metric.unit ? t(lang, 'spoken.unit', { figure, unit: metric.unit[lang] }) : figure;
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
  const extreme = t(lang, `summary.extreme.${metric.better}`);
  const [top, next] = figures;
  if (!top) return t(lang, 'summary.none', { label });
  const value = spokenValue(top.cell, metric, lang);
  const tied = figures.filter((f) => f.cell.value === top.cell.value).map((f) => f.model);
  if (tied.length > 1) return t(lang, 'summary.tied', { models: list(lang, tied), label, extreme, value });
  if (!next || metric.better === 'neutral') return t(lang, 'summary.leads', { model: top.model, label, extreme, value });
  const diff = spokenDifference(Math.abs(top.cell.value - next.cell.value), metric, lang);
  const key = metric.better === 'higher' ? 'summary.leadsAbove' : 'summary.leadsBelow';
  return t(lang, key, { model: top.model, label, extreme, value, next: next.model, diff });
}

function shortLeader(figures: Figure[], metric: Metric, lang: Lang): { model: string; text: string } | undefined {
  const top = figures[0];
  if (!top) return undefined;
  const label = inSentence(metric.label[lang], lang);
  const extreme = t(lang, `summary.extreme.${metric.better}`);
  const value = spokenValue(top.cell, metric, lang, true);
  return { model: top.model, text: t(lang, 'summary.short', { label, extreme, value }) };
}

export function chartSummary(
  spec: ChartSpec,
  comparison: Comparison,
  models: ReadonlyMap<string, Model>,
  metrics: ReadonlyMap<string, Metric>,
  lang: Lang,
): string {
  const name = (id: string) => models.get(id)!.name;

  if (spec.type === 'scatter') {
    const [mx, my] = [metrics.get(spec.x)!, metrics.get(spec.y)!];
    const ly = shortLeader(ranked(comparison, spec.y, my, name), my, lang);
    const lx = shortLeader(ranked(comparison, spec.x, mx, name), mx, lang);
    if (!ly || !lx) return t(lang, 'summary.tooFew');
    if (ly.model === lx.model) return t(lang, 'summary.scatterOne', { model: ly.model, y: ly.text, x: lx.text });
    return t(lang, 'summary.scatterTwo', { modelY: ly.model, y: ly.text, modelX: lx.model, x: lx.text });
  }

  if (spec.type === 'grouped') {
    const clauses = spec.metrics.map((id) => {
      const metric = metrics.get(id)!;
      const leader = shortLeader(ranked(comparison, id, metric, name), metric, lang);
      if (!leader) return t(lang, 'summary.groupedNone', { label: inSentence(metric.label[lang], lang) });
      return t(lang, 'summary.groupedLead', { model: leader.model, text: leader.text });
    });
    return t(lang, 'summary.sentence', { text: sentenceStart(lang, clauses.join(t(lang, 'list.clauseSeparator'))) });
  }

  const metric = metrics.get(spec.metric)!;
  const lead = t(lang, 'summary.sentence', { text: sentenceStart(lang, leaderClause(ranked(comparison, spec.metric, metric, name), metric, lang)) });
  const hidden = undisclosedBy(comparison, spec.metric, name);
  if (hidden.length === 0) return lead;
  return t(lang, 'summary.twoSentences', { first: lead, second: plural(lang, 'summary.undisclosed', hidden.length, { models: list(lang, hidden) }) });
}
