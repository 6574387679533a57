/**
 * Social cards: the 1200×630 image a link preview shows (WeChat, X, LinkedIn, Slack). This module
 * says what a card shows (`CardSpec`, from a story or for the site); `layout.ts` lays it out, and
 * `render.ts` draws it.
 */
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/localized.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Model } from '../../schemas/model.ts';
import { formatDate, formatNumber } from '../format.ts';
import { axisTitle } from '../charts.ts';
import { cardPath } from '../urls.ts';
import type { Story } from '../story.ts';

/** Tags a card names, at most. */
export const CARD_TAGS = 3;
/** Bars a card's chart draws, at most: the best figures of its metric. */
export const CARD_BARS = 4;

export interface CardBar {
  name: string;
  value: number;
  /** The figure as the article's table writes it ("86.4%", "~1.2 est."). */
  figure: string;
}

/** Everything a card shows; two cards with equal specs are the same image. */
export interface CardSpec {
  lang: Lang;
  site: string;
  title: string;
  /** The story's date, as its page writes it. */
  date?: string;
  tags: string[];
  /** The figure a reader would quote: one metric, its best figures as bars. */
  chart?: { label: string; bars: CardBar[] };
  /** A line in place of the date and tags (the site's card says what the site offers). */
  note?: string;
  /** Read aloud in place of the image (`og:image:alt`). */
  alt: string;
}

/** The metric a story's card charts: its first chart's (the y of a scatter), else its first column. */
function chartMetric(story: Story): string | undefined {
  const first = story.charts[0];
  if (first) return first.type === 'bar' ? first.metric : first.type === 'grouped' ? first.metrics[0] : first.y;
  return story.comparison?.metrics[0];
}

/** The best `CARD_BARS` figures of the card's metric, best first (highest unless lower is better). */
function cardChart(story: Story, lang: Lang, models: ReadonlyMap<string, Model>, metrics: ReadonlyMap<string, Metric>): CardSpec['chart'] {
  const id = chartMetric(story);
  if (!id || !story.comparison) return undefined;
  const metric = metrics.get(id)!;
  const bars: CardBar[] = [];
  for (const row of story.comparison.rows) {
    const cell = row.cells[id];
    if (cell?.kind !== 'value') continue;
    const marks = [cell.approx ? t(lang, 'table.approx') : '', formatNumber(cell.value, metric, lang), cell.estimate ? ` ${t(lang, 'table.estimate')}` : ''];
    bars.push({ name: models.get(row.model)!.name, value: cell.value, figure: marks.join('') });
  }
  if (bars.length === 0) return undefined;
  const sign = metric.better === 'lower' ? 1 : -1;
  bars.sort((a, b) => sign * (a.value - b.value));
  return { label: axisTitle(metric, lang), bars: bars.slice(0, CARD_BARS) };
}

/** The card of a story in one of its languages. */
export function storyCard(story: Story, lang: Lang, site: { models: ReadonlyMap<string, Model>; metrics: ReadonlyMap<string, Metric>; tags: ReadonlyMap<string, Record<Lang, string>> }): CardSpec {
  const translation = story.translations[lang]!;
  const chart = cardChart(story, lang, site.models, site.metrics);
  const siteName = t(lang, 'site.name');
  return {
    lang,
    site: siteName,
    title: translation.title,
    date: formatDate(story.date, lang),
    tags: story.tags.slice(0, CARD_TAGS).map((tag) => site.tags.get(tag)![lang]),
    ...(chart ? { chart } : {}),
    alt: cardAlt(story, lang, site.metrics, chart !== undefined),
  };
}

/** What a story's card shows, in words (`og:image:alt`): the title, and the chart's metric if it has one. */
function cardAlt(story: Story, lang: Lang, metrics: ReadonlyMap<string, Metric>, chart: boolean): string {
  const site = t(lang, 'site.name');
  const title = story.translations[lang]!.title;
  const id = chart ? chartMetric(story) : undefined;
  return id ? t(lang, 'card.altChart', { site, title, metric: axisTitle(metrics.get(id)!, lang) }) : t(lang, 'card.alt', { site, title });
}

/**
 * Where a story's card is and what it shows in words, for the page's meta tags; without drawing
 * up the card's bars, which every article page would otherwise do for one sentence.
 */
export function storyCardMeta(story: Story, lang: Lang, site: Parameters<typeof storyCard>[2]): { path: string; alt: string } {
  const charted = story.comparison?.rows.some((row) => row.cells[chartMetric(story)!]?.kind === 'value') ?? false;
  return { path: cardPath(lang, story.slug), alt: cardAlt(story, lang, site.metrics, charted) };
}

/** The card shared by the pages that are not a story (home, tags, models, metrics, search). */
export function siteCard(lang: Lang): CardSpec {
  const siteName = t(lang, 'site.name');
  return {
    lang,
    site: siteName,
    title: t(lang, 'site.tagline'),
    tags: [],
    note: t(lang, 'card.siteNote'),
    alt: t(lang, 'card.siteAlt', { site: siteName, tagline: t(lang, 'site.tagline') }),
  };
}
