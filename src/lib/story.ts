/**
 * The domain types of a story as the site publishes it (built from its language files by
 * `stories.ts`), with no code of their own beyond ordering: modules that read stories (charts,
 * tables, pages) import them from here, not from the builder.
 */
import type { ArticleFile } from '../schemas/article.ts';
import type { ChartSpec } from '../schemas/chart.ts';
import type { Lang, Localized } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Cell } from './cell.ts';
import type { Freshness } from './freshness.ts';

export interface Registries {
  models: ReadonlyMap<string, Model>;
  metrics: ReadonlyMap<string, Metric>;
  tags: ReadonlyMap<string, Localized>;
}

export interface Translation {
  lang: Lang;
  /** Content entry id, for `render()`. */
  id: string;
  file: string;
  title: string;
  summary: string;
  faq: ArticleFile['faq'];
  tableCaption?: string;
  /** `original`, or for a translation whether it matches the original's current text. */
  freshness: Freshness;
  /** For a translation: the language it was translated from. */
  from?: Lang;
}

export interface ComparisonRow {
  model: string;
  cells: Record<string, Cell>;
}

export interface Comparison {
  metrics: string[];
  rows: ComparisonRow[];
}

export interface Story {
  slug: string;
  date: Date;
  updated?: Date;
  tags: string[];
  comparison?: Comparison;
  /** Charts declared in frontmatter, drawn after the table. */
  charts: ChartSpec[];
  related: string[];
  sources: NonNullable<ArticleFile['sources']>;
  draft: boolean;
  /** The languages the story is published in, in site order. */
  langs: Lang[];
  translations: Partial<Record<Lang, Translation>>;
}

/** Newest first; stories of the same day by slug, so the order never depends on the file system. */
export function sortNewestFirst(stories: Story[]): Story[] {
  return [...stories].sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
}
